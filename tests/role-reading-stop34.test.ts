// Kinds of reading fixed at stop 34, each pinned by postings and sentences of our own.
import { describe } from 'vitest';
import { roleFixtureTests } from './helpers';

describe('stop 34: postings of our own (expected-stop34.json)', () => {
  roleFixtureTests('expected-stop34.json');
});
