export interface CodeBlock {
  readonly lang: string;
  readonly text: string;
  /** Line of the opening fence, from 1. */
  readonly line: number;
  readonly notTested?: string;
  /** A file under docs/ the block is a copy of. */
  readonly example?: string;
}
export function codeBlocks(markdown: string): CodeBlock[];
export function linkedDocs(markdown: string): string[];
export function shellSession(text: string): { command: string; output: string }[];
