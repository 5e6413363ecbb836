import type { Gender } from '../types';
import { WordMap } from './word-list';

/** Honorifics before a name, with the gender they imply and whether they take the first name. */
export interface Honorific {
  readonly gender: Gender;
  /** British usage: a knight or dame is "Sir Alan", "Dame Judith": the first name follows. */
  readonly firstName: boolean;
}

export const HONORIFICS: ReadonlyMap<string, Honorific> = new WordMap<string, Honorific>([
  ['mr', { gender: 'male', firstName: false }],
  ['mister', { gender: 'male', firstName: false }],
  ['sir', { gender: 'male', firstName: true }],
  ['lord', { gender: 'male', firstName: false }],
  ['baron', { gender: 'male', firstName: false }],
  ['king', { gender: 'male', firstName: true }],
  ['prince', { gender: 'male', firstName: true }],
  ['father', { gender: 'male', firstName: false }],
  ['sheikh', { gender: 'male', firstName: true }],
  ['mrs', { gender: 'female', firstName: false }],
  ['ms', { gender: 'female', firstName: false }],
  ['miss', { gender: 'female', firstName: false }],
  ['madam', { gender: 'female', firstName: false }],
  ['dame', { gender: 'female', firstName: true }],
  ['lady', { gender: 'female', firstName: false }],
  ['baroness', { gender: 'female', firstName: false }],
  ['queen', { gender: 'female', firstName: true }],
  ['princess', { gender: 'female', firstName: true }],
  ['sister', { gender: 'female', firstName: false }],
  ['dr', { gender: null, firstName: false }],
  ['doctor', { gender: null, firstName: false }],
  ['prof', { gender: null, firstName: false }],
  ['professor', { gender: null, firstName: false }],
  ['rev', { gender: null, firstName: false }],
  ['reverend', { gender: null, firstName: false }],
  ['rabbi', { gender: null, firstName: false }],
  ['imam', { gender: null, firstName: false }],
  ['cardinal', { gender: 'male', firstName: false }],
  ['bishop', { gender: null, firstName: false }],
  ['archbishop', { gender: null, firstName: false }],
  ['gen', { gender: null, firstName: false }],
  ['general', { gender: null, firstName: false }],
  ['col', { gender: null, firstName: false }],
  ['colonel', { gender: null, firstName: false }],
  ['capt', { gender: null, firstName: false }],
  ['captain', { gender: null, firstName: false }],
  ['sgt', { gender: null, firstName: false }],
  ['sergeant', { gender: null, firstName: false }],
  ['det', { gender: null, firstName: false }],
  ['insp', { gender: null, firstName: false }],
  ['supt', { gender: null, firstName: false }],
  ['judge', { gender: null, firstName: false }],
  ['justice', { gender: null, firstName: false }],
  ['sen', { gender: null, firstName: false }],
  ['senator', { gender: null, firstName: false }],
  ['rep', { gender: null, firstName: false }],
  ['gov', { gender: null, firstName: false }],
  ['cllr', { gender: null, firstName: false }],
  ['councillor', { gender: null, firstName: false }],
]);
