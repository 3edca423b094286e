// Stop 25: selling starts at difficulty 3, as calling out does (it read 4). In sales, a stated quota and pay by results are one pressure (the results the seller answers for), so
// the incentive adds no level of stress beside a stated quota; without a quota it still does, and in phone work
// (outbound) both still count. Running a center (an SV: other work in a call center), the center's targets and the
// complaints it takes over are likewise one pressure: with a quota, complaints add no level of their own. Postings
// of our own in tests/fixtures/roles (expected-stop25.json); the first sales posting and the SV with KPIs and
// escalations read a level higher before; the SV with neither stays at the base. The phone-system administrator of a call center (発信・着信の設定, 電話設備) is other work; it
// read as inbound before.
import { describe, expect, it } from 'vitest';
import { roleFixtureTests, run } from './helpers';
import fs from 'node:fs';
import path from 'node:path';

describe('stop 25: quota and commission in sales count once', () => {
  roleFixtureTests('expected-stop25.json');

  it('says why: the quota raises stress, the incentive is listed without a level of its own', async () => {
    const text = fs.readFileSync(path.join(import.meta.dirname, 'fixtures/roles/sales-quota-and-commission.txt'), 'utf8');
    const r = await run(text);
    const stressOf = (id: string) => r.reasons.find((x) => x.id === id)?.effect.stress;
    expect(stressOf('quota.stated')).toBe(1);
    expect(stressOf('incentive')).toBe(0);
  });
});
