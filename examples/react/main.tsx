// A React 19 app using the typed wrappers: properties (arrays, objects,
// numbers) and events straight from JSX. In your own app, import them from
// the package instead:
//   import { SgGroupFinder, … } from 'support-group-widgets/react';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  SgBenefits,
  SgFeed,
  SgGroupFinder,
  SgSignpost,
  SgWhatToExpect,
  type ResultsDetail,
} from '../../src/react/index.js';
import type { ContentOverrides, SignpostContact } from '../../src/index.js';

const FEED = '/demo/data/groups.json';

const TOPICS = [
  { value: 'anxiety', label: 'Anxiety' },
  { value: 'depression', label: 'Depression' },
  { value: 'carers', label: 'Carers' },
] as const;

type Topic = (typeof TOPICS)[number]['value'];

// The charity's own line, shown after the built-in crisis contacts: an array
// property. (A made-up number: 020 7946 0xxx is kept for examples.)
const OUR_LINES: SignpostContact[] = [
  {
    id: 'example-mind-line',
    name: 'Example Mind listening line',
    channel: 'call',
    value: '020 7946 0123',
    href: 'tel:02079460123',
    hours: 'Weekdays, 10am to 4pm',
    regions: ['england'],
  },
];

// Our own words for one section: an object property.
const OUR_WORDS: ContentOverrides = {
  faqs: [
    {
      question: 'Can I bring someone with me?',
      answer: 'Yes. A friend or family member can come to your first meeting. Tell the group leader when you arrive.',
    },
  ],
};

function App() {
  const [lang, setLang] = useState<'en-GB' | 'cy'>('en-GB');
  const [topics, setTopics] = useState<Topic[]>([]);
  const [results, setResults] = useState<ResultsDetail | undefined>();
  const [step, setStep] = useState(1);
  const [lastOpened, setLastOpened] = useState('');

  const toggleTopic = (topic: Topic, on: boolean) =>
    setTopics((current) => (on ? [...current, topic] : current.filter((t) => t !== topic)));

  return (
    <>
      <SgSignpost region="england" variant="compact" lang={lang} contacts={OUR_LINES} />
      <main>
        <h1>Peer support groups (React example)</h1>

        <fieldset>
          <legend>Language of the widgets</legend>
          <label>
            <input type="radio" name="lang" checked={lang === 'en-GB'} onChange={() => setLang('en-GB')} /> English
          </label>{' '}
          <label lang="cy">
            <input type="radio" name="lang" checked={lang === 'cy'} onChange={() => setLang('cy')} /> Cymraeg
          </label>
        </fieldset>

        <fieldset>
          <legend>Start the finder with these topics</legend>
          {TOPICS.map((topic) => (
            <label key={topic.value}>
              <input
                type="checkbox"
                checked={topics.includes(topic.value)}
                onChange={(e) => toggleTopic(topic.value, e.currentTarget.checked)}
              />{' '}
              {topic.label}{' '}
            </label>
          ))}
        </fieldset>

        <p className="counter" role="status" data-testid="counter">
          {results === undefined
            ? 'Search to see how many groups match.'
            : `${results.total} ${results.total === 1 ? 'group matches' : 'groups match'}${results.query ? ` “${results.query}”` : ''}.`}
        </p>
        {lastOpened ? <p data-testid="opened">Last group opened: {lastOpened}</p> : null}

        <SgFeed src={FEED}>
          <h2>Find a group</h2>
          <SgGroupFinder
            region="england"
            geocoder="off"
            lang={lang}
            topics={topics.join(',')}
            pageSize={10}
            onSgResults={(e) => setResults(e.detail)}
            onSgGroupOpen={(e) => setLastOpened(e.detail.id)}
          />

          <h2>Your first group</h2>
          <p data-testid="step">You are on step {step}.</p>
          <SgWhatToExpect
            lang={lang}
            headingLevel={3}
            step={step}
            content={OUR_WORDS}
            onSgStepChange={(e) => setStep(e.detail.step)}
          />

          <h2>Why go to a group?</h2>
          <SgBenefits lang={lang} headingLevel={3} show="benefits,limits" />
        </SgFeed>
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
