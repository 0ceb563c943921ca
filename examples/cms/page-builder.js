/* global document, window */
// Stands in for a CMS page builder (WordPress blocks, Squarespace, Wix,
// Drupal layouts): the blocks' HTML arrives after the page has loaded and is
// written into the page as a string, the way those builders do it. Editors'
// actions replace, move, remove and re-add the blocks. Nothing here touches
// the widgets' JavaScript: the one script in the header upgrades the elements
// whenever they appear.

// Static markup, as an editor would paste it into an HTML block.
const BLOCKS = `
  <section aria-labelledby="cms-find">
    <h2 id="cms-find">Find a group</h2>
    <sg-group-finder feed="/demo/data/groups.json" region="england" geocoder="off"></sg-group-finder>
  </section>
  <section aria-labelledby="cms-first">
    <h2 id="cms-first">Your first group</h2>
    <sg-what-to-expect heading-level="3"></sg-what-to-expect>
  </section>
  <section aria-labelledby="cms-why">
    <h2 id="cms-why">Why go to a group?</h2>
    <sg-benefits heading-level="3" show="benefits,limits"></sg-benefits>
  </section>
`;

const HELP = `<sg-signpost region="england" variant="card" heading-level="2">
  <p>Need to talk now? Samaritans: call 116 123, free, any time. In an emergency call 999.</p>
</sg-signpost>`;

const mainColumn = document.getElementById('main-column');
const sidebar = document.getElementById('sidebar');
const status = document.getElementById('builder-status');
const reloadButton = document.getElementById('reload-blocks');
const moveButton = document.getElementById('move-finder');
const helpButton = document.getElementById('toggle-help');

let loads = 0;
let removedHelp = null;

function say(text) {
  status.textContent = text;
}

function finder() {
  return document.querySelector('sg-group-finder');
}

function loadBlocks() {
  loads += 1;
  mainColumn.innerHTML = BLOCKS;
  sidebar.innerHTML = HELP;
  removedHelp = null;
  moveButton.textContent = 'Move the group finder to the sidebar';
  helpButton.textContent = 'Remove the help block';
  say(`Blocks loaded (${loads}).`);
}

reloadButton.addEventListener('click', loadBlocks);

moveButton.addEventListener('click', () => {
  const el = finder();
  if (!el) return;
  if (sidebar.contains(el)) {
    mainColumn.querySelector('section').append(el);
    moveButton.textContent = 'Move the group finder to the sidebar';
    say('The group finder is back in the main column.');
  } else {
    sidebar.prepend(el);
    moveButton.textContent = 'Move the group finder back';
    say('The group finder is in the sidebar.');
  }
});

helpButton.addEventListener('click', () => {
  if (removedHelp) {
    sidebar.append(removedHelp);
    removedHelp = null;
    helpButton.textContent = 'Remove the help block';
    say('The help block is back.');
  } else {
    removedHelp = document.querySelector('sg-signpost');
    removedHelp?.remove();
    helpButton.textContent = 'Put the help block back';
    say('The help block was removed.');
  }
});

// The builder's content arrives a moment after the page has loaded.
window.addEventListener('load', () => setTimeout(loadBlocks, 300));
