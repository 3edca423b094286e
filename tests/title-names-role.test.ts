import { describe, expect, it } from 'vitest';
import { titleNamesRole } from '../lib/text/title-names-role';

describe('titleNamesRole: a title names a role as a word of its own', () => {
  it.each([
    ['配車担当（正社員）', '配車'],
    ['営業スタッフ募集', '営業'],
    ['営業職／月給25万円', '営業'],
    ['受付係', '受付'],
    ['販売員', '販売'],
    ['クリニック受付', '受付'],
    ['営業・事務', '営業'],
    ['一般事務（営業）', '営業'],
    ['店長募集（カフェ）', '店長'],
    ['店長候補／正社員', '店長'],
  ])('%s names %s', (title, role) => expect(titleNamesRole(title, role)).toBe(true));

  it.each([
    ['査定受付センタースタッフ', '査定'],
    ['営業事務スタッフ', '営業'],
    ['コールセンターオペレーター', '営業'],
    ['', '営業'],
    ['営業スタッフ', ''],
  ])('%s does not name %s', (title, role) => expect(titleNamesRole(title, role)).toBe(false));
});
