// The marks pages set before a heading or an item (■給与, ◇ ノルマ, ▼応募資格, ★仕事内容): one set for every reader
// that looks for headings, so that a mark one of them knows the others know too. For a regex character class.
export const BULLETS = '■□◆◇●○★☆▼▽▶►◎';
