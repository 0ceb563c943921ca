/**
 * "What the research says" for <sg-benefits>: exactly the sources and
 * findings in shared/HELPLINES.md ("What the evidence says"), in plain words.
 *
 * Links are DOIs or the publisher's own page, checked against the publishers'
 * pages on 2026-11-27. The Mental Health Foundation briefing has no link
 * because we could not confirm a stable address for it.
 * Citations stay in English (they are titles of English publications).
 */
import type { Bilingual } from './bilingual.js';

export interface Study {
  readonly id: string;
  /** Authors, year, title and where it was published, as a reference list would give it. */
  readonly citation: string;
  readonly url?: string;
  /** What it found, in plain words. */
  readonly finding: Bilingual;
}

export const RESEARCH_SUMMARY: Bilingual = {
  en:
    'Peer support may help some people feel more hopeful, less alone and more in control. ' +
    'There is little evidence that it reduces symptoms or hospital stays on its own. ' +
    'Many of the studies had weaknesses, so we cannot be sure. ' +
    'Peer support works best alongside professional care, not instead of it.',
  cy:
    'Gall cymorth cymheiriaid helpu rhai pobl i deimlo’n fwy gobeithiol, yn llai unig ac yn fwy mewn rheolaeth. ' +
    'Ychydig o dystiolaeth sydd ei fod yn lleihau symptomau neu arosiadau yn yr ysbyty ar ei ben ei hun. ' +
    'Roedd gwendidau gan lawer o’r astudiaethau, felly allwn ni ddim bod yn siŵr. ' +
    'Mae cymorth cymheiriaid yn gweithio orau ochr yn ochr â gofal proffesiynol, nid yn ei le.',
};

export const STUDIES: readonly Study[] = [
  {
    id: 'lloyd-evans-2014',
    citation:
      'Lloyd-Evans B, et al. (2014). A systematic review and meta-analysis of randomised controlled trials of peer support for people with severe mental illness. BMC Psychiatry.',
    url: 'https://doi.org/10.1186/1471-244X-14-39',
    finding: {
      en:
        'Looked at 18 trials with 5,597 people. Found little or no effect on hospital admissions or symptoms. ' +
        'There was some evidence of more hope, recovery and empowerment, but it was not consistent. ' +
        'The studies had a high risk of bias.',
      cy:
        'Edrychodd ar 18 o dreialon gyda 5,597 o bobl. Ychydig neu ddim effaith ar dderbyniadau i’r ysbyty nac ar symptomau. ' +
        'Roedd rhywfaint o dystiolaeth o fwy o obaith, adferiad a grymuso, ond nid oedd yn gyson. ' +
        'Roedd risg uchel o duedd yn yr astudiaethau.',
    },
  },
  {
    id: 'pistrang-2008',
    citation:
      'Pistrang N, Barker C, Humphreys K (2008). Mutual help groups for mental health problems: a review of effectiveness studies. American Journal of Community Psychology.',
    url: 'https://doi.org/10.1007/s10464-008-9181-0',
    finding: {
      en:
        'Looked at 12 studies of mutual-help groups. 7 found benefits, 5 found no difference, and none found harm. ' +
        'The authors called the evidence “limited but promising”.',
      cy:
        'Edrychodd ar 12 astudiaeth o grwpiau cyd-gymorth. Canfu 7 fanteision, ni chanfu 5 unrhyw wahaniaeth, ac ni chanfu’r un ohonyn nhw niwed. ' +
        'Dywedodd yr awduron fod y dystiolaeth yn “gyfyngedig ond addawol”.',
    },
  },
  {
    id: 'white-2020',
    citation:
      'White S, et al. (2020). The effectiveness of one-to-one peer support in mental health services: a systematic review and meta-analysis. BMC Psychiatry.',
    url: 'https://doi.org/10.1186/s12888-020-02923-3',
    finding: {
      en:
        'Looked at 19 trials of one-to-one peer support. Found modest gains in how recovered and in control people said they felt. ' +
        'Found no effect on symptoms or on how much people used services.',
      cy:
        'Edrychodd ar 19 o dreialon o gymorth cymheiriaid un i un. Canfu welliannau bach yn y graddau roedd pobl yn dweud eu bod yn teimlo’n well ac mewn rheolaeth. ' +
        'Ni chanfu unrhyw effaith ar symptomau nac ar faint roedd pobl yn defnyddio gwasanaethau.',
    },
  },
  {
    id: 'chien-2019',
    citation:
      'Chien WT, Clifton AV, Zhao S, Lui S (2019). Peer support for people with schizophrenia or other serious mental illness. Cochrane Database of Systematic Reviews.',
    url: 'https://doi.org/10.1002/14651858.CD010880.pub2',
    finding: {
      en: 'Looked at 13 trials. The authors had serious concerns about bias in the studies, so the results are uncertain.',
      cy: 'Edrychodd ar 13 o dreialon. Roedd gan yr awduron bryderon difrifol am duedd yn yr astudiaethau, felly mae’r canlyniadau’n ansicr.',
    },
  },
  {
    id: 'nice-cg178',
    citation: 'NICE (2014). Psychosis and schizophrenia in adults: prevention and management. Clinical guideline CG178.',
    url: 'https://www.nice.org.uk/guidance/cg178',
    finding: {
      en: 'This guidance says people with psychosis may be offered peer support from a trained peer support worker.',
      cy: 'Mae’r canllaw hwn yn dweud y gellir cynnig cymorth cymheiriaid gan weithiwr cymorth cymheiriaid hyfforddedig i bobl sydd â seicosis.',
    },
  },
  {
    id: 'mhf-2012',
    citation: 'Mental Health Foundation (2012). Peer support in mental health and learning disability. Briefing.',
    finding: {
      en:
        'Reports wider benefits, such as better wellbeing, feeling more connected and fewer hospital admissions. ' +
        'It is a briefing, not a review of trials, so it is weaker evidence.',
      cy:
        'Mae’n sôn am fanteision ehangach, fel gwell lles, teimlo’n fwy cysylltiedig a llai o dderbyniadau i’r ysbyty. ' +
        'Papur briffio yw hwn, nid adolygiad o dreialon, felly mae’n dystiolaeth wannach.',
    },
  },
];
