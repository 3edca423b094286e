// The pay reader's notes (PayFacts.note): the summary says each in its own words.

/** A page that states no pay but names an incentive. */
export const INCENTIVE_WITHOUT_PAY = 'incentive named, no base pay stated';
/** Other roles' or other pay lines are listed: the note starts so and quotes up to three. */
export const OTHER_LINES = 'other pay lines: ';
