/**
 * Text folding for search: the same function reads the feed (once, at index
 * time) and the visitor's query (per keystroke), so "Café", "CAFE" and "cafe"
 * all become the same word.
 */

// Letters NFD does not split into a base letter plus a mark.
const SPECIAL: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const SPECIAL_RE = /[ßæœøłđðþı]/g;
const MARKS = /\p{M}+/gu;
// Apostrophes join a word ("St John's" is one word "johns"), so they are removed, not split on.
const APOSTROPHES = /['\u2019\u02bc`]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/u;
// The same split for text that is all ASCII: several times faster than the Unicode classes.
const NOT_ASCII_WORD = /[^a-z0-9]+/;
const ASCII = /^[^\u0080-\uffff]*$/;

/**
 * Lower case, accents removed, apostrophes dropped, and every other run of
 * punctuation or white space turned into one break. Returns the words.
 */
export function foldWords(text: string): string[] {
  let s = text.toLowerCase().replace(APOSTROPHES, '');
  // Most feed text is plain ASCII, which needs no normalising and a simpler split.
  const ascii = ASCII.test(s);
  if (!ascii) s = s.normalize('NFD').replace(MARKS, '').replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
  const words = s.split(ascii ? NOT_ASCII_WORD : NOT_WORD);
  // split leaves an empty string at either end when the text starts or ends with punctuation.
  if (words.length > 0 && words[0] === '') words.shift();
  if (words.length > 0 && words[words.length - 1] === '') words.pop();
  return words;
}

/** The folded text as one string, words separated by single spaces. */
export function fold(text: string): string {
  return foldWords(text).join(' ');
}
