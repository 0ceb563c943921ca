// Reads the fenced code blocks out of the docs, for the tests that run them
// (test/docs/*.test.ts in the browser, test/node/docs-cli.test.mjs in Node).
// A comment on the line before a fence says how the block is used:
//   <!-- not-tested: reason -->        the block is left out of the tests
//   <!-- example: examples/file.css --> the block is a copy of that file (path from docs/)

/**
 * @param {string} markdown
 * @returns {{ lang: string, text: string, line: number, notTested?: string, example?: string }[]}
 */
export function codeBlocks(markdown) {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, lang] = open;
    const body = [];
    let j = i + 1;
    while (j < lines.length && lines[j].trim() !== fence) {
      body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j].trimStart());
      j++;
    }
    let k = i - 1;
    while (k >= 0 && lines[k].trim() === '') k--;
    const before = k >= 0 ? lines[k].trim() : '';
    const block = { lang: lang.toLowerCase(), text: `${body.join('\n')}\n`, line: i + 1 };
    const notTested = /^<!--\s*not-tested:\s*(.+?)\s*-->$/.exec(before);
    const example = /^<!--\s*example:\s*(\S+)\s*-->$/.exec(before);
    if (notTested) block.notTested = notTested[1];
    if (example) block.example = example[1];
    blocks.push(block);
    i = j;
  }
  return blocks;
}

/**
 * The `.md` files an index links to, in order, without repeats.
 * @param {string} markdown
 * @returns {string[]}
 */
export function linkedDocs(markdown) {
  return [...new Set([...markdown.matchAll(/\]\(([\w./-]+\.md)(?:#[\w-]*)?\)/g)].map((m) => m[1]))];
}

/**
 * A shell block written as a session: `$ command` lines, each followed by
 * the output it prints. Lines before the first `$` are not allowed.
 * @param {string} text
 * @returns {{ command: string, output: string }[]}
 */
export function shellSession(text) {
  const steps = [];
  for (const line of text.replace(/\n+$/, '').split('\n')) {
    if (line.startsWith('$ ')) steps.push({ command: line.slice(2), output: [] });
    else if (steps.length > 0) steps[steps.length - 1].output.push(line);
    else if (line.trim() !== '') throw new Error(`output before the first "$ " command: ${line}`);
  }
  return steps.map((s) => ({ command: s.command, output: s.output.join('\n').replace(/\s+$/, '') }));
}
