// The words of reasons and questions, by id (lib/analysis/verdict/reasons.ts and questions.ts decide when).
export interface Text {
  ja: string;
  en: string;
}

export const REASON_TEXT = {
  'base.inbound': { ja: '受信（かかってくる電話に応える）が中心の仕事です。', en: 'Mainly answering incoming calls (inbound).' },
  'base.outbound': { ja: '発信（こちらから電話をかける）が中心の仕事です。自分の言葉で提案する場面が増えます。', en: 'Mainly placing calls (outbound): more persuading in your own words.' },
  'base.mixed': { ja: '受信と発信の両方がある仕事です（受発信）。', en: 'Both answering and placing calls (mixed).' },
  'base.sales': { ja: '営業（売り込み・提案）が中心の仕事です。', en: 'A sales job: selling and proposing.' },
  'base.other': { ja: 'コールセンターや営業の仕事を示す言葉は中心にありません。', en: 'No call-center or sales work stands at the centre of this posting.' },
  'base.management': { ja: 'コールセンターの運営・管理（SVなど）の仕事です。', en: 'Running or supervising a call center (SV or similar).' },
  'base.planning': {
    ja: 'コールセンターの人員計画（入電の予測やシフト作成）の仕事です。電話を受けることも、オペレーターを率いることもありません。',
    en: "Planning a call center's staffing (forecasting calls, drawing up shifts): neither taking calls nor leading operators.",
  },
  'base.teaching': {
    ja: 'コールセンターの新人を教える仕事（研修講師・トレーナー）です。電話を受けることも、オペレーターを率いることもありません。',
    en: "Teaching a call center's newcomers (trainer): neither taking calls nor leading operators.",
  },
  inboundOnly: { ja: '受信のみと明記され、発信（営業電話）はありません。', en: 'Inbound only is stated: no outbound calls.' },
  outboundNegated: { ja: '発信業務はないと書かれています。', en: 'The posting says there are no outbound calls.' },
  'sales.route': { ja: '既存のお客様を回るルート営業で、新規開拓は中心ではありません。', en: 'Route sales to existing customers, not chiefly winning new ones.' },
  techSupport: { ja: '技術的な質問に答えるため、覚えることが多めです。', en: 'Technical questions: more to learn.' },
  incentive: { ja: '成果で収入が変わる報酬（インセンティブ・歩合）があります。', en: 'Pay that depends on results (incentives, commission).' },
  'pay.incentiveOnly': {
    ja: '固定給がなく、成果の分だけ支払われる報酬（完全歩合・出来高）です。収入が結果しだいで、結果を出す圧力が大きくなります。',
    en: 'No base pay: you are paid only for results (commission or piece rates). Income depends on results, and so does the pressure.',
  },
  'pay.pieceWork': {
    ja: '固定給がなく、こなした量に応じて支払われる出来高の報酬です。収入は仕事の量しだいですが、売り込みの成果を求められる報酬ではありません。',
    en: 'No base pay: you are paid by the piece, so income follows how much you do, not success at selling.',
  },
  'quota.euphemism': { ja: '「ノルマなし」とありますが、目標件数などの言い換えがあり、実質的な目標がありそうです。', en: 'The posting says "no quota" but names targets under other words: expect quota-like pressure.' },
  'quota.stated': { ja: 'ノルマや目標（件数・成績）が書かれています。', en: 'Quotas or targets are stated.' },
  'quota.collective': { ja: '目標はありますが、チームや店舗で共有する目標で、一人ひとりに課されるノルマではありません。', en: 'There is a target, but the team or shop holds it together: no one carries a quota of their own.' },
  'quota.implicit': { ja: '「ノルマ」という言葉はありませんが、最低件数・成果による契約終了・サービスレベルなど、実質的な目標があります。', en: 'No "quota" as such, but minimum call counts, a contract that ends without results or contracted service levels work like one.' },
  'quota.negated': { ja: 'ノルマなしと明記されています。', en: 'No quota is stated explicitly.' },
  'quota.targetsDenied': { ja: '件数や売上の目標はないと書かれています（「ノルマなし」とは書かれていません）。', en: 'The posting says there are no count or sales targets (though it does not say "no quota").' },
  complaints: { ja: 'クレーム・苦情への対応があります。', en: 'Complaint handling is part of the job.' },
  'refusal.harsh': { ja: '電話の相手から強い言葉を返されることがあると書かれています。', en: 'The people called are said to answer harshly at times.' },
  'complaints.negated': { ja: 'クレーム対応は少ない・ないと書かれています。', en: 'Complaints are said to be rare or absent.' },
  collections: { ja: '督促・回収の電話は、最もストレスの大きい仕事の一つです。', en: 'Collection calls are among the most stressful phone work.' },
  'collections.inPerson': { ja: '滞納のある方への督促（対面）があり、気をつかう場面があります。', en: 'Chasing arrears in person: some tense conversations.' },
  'training.eases': { ja: '研修やマニュアルがあり、手順に沿って覚えられます。', en: 'Training or a manual is provided.' },
  training: { ja: '研修やマニュアルがあります。', en: 'Training or a manual is provided.' },
  beginner: { ja: '未経験者を歓迎しています。', en: 'Beginners are welcome.' },
  'experience.raises': { ja: '経験や資格が必須とされ、即戦力が求められる仕事です。', en: 'Experience or a licence is required: the job expects proven skill.' },
  experience: { ja: '経験や資格が必須とされています。', en: 'Experience or a licence is required.' },
  user: { ja: 'あなたのキーワードが見つかりました。', en: 'Your own keywords were found.' },
  'sales.floor': { ja: '営業は、ノルマがなく既存のお客様が中心でも、成果を求められる仕事です。ストレスは最低でも2としています。', en: 'Selling answers for results even with no quota and existing customers: stress stays at 2 or more.' },
  'scale.difficulty': { ja: '難易度は1〜5の範囲に収めています。', en: 'Difficulty is kept within 1–5.' },
  'scale.stress': { ja: 'ストレスは1〜5の範囲に収めています。', en: 'Stress is kept within 1–5.' },
} as const satisfies Record<string, Text>;
export type ReasonTextId = keyof typeof REASON_TEXT;

export const QUESTION_TEXT = {
  quota: { ja: '目標やノルマはありますか。達成できなかった場合はどうなりますか。', en: 'Are there targets or quotas, and what happens if they are missed?' },
  'quota.euphemism': { ja: '「ノルマなし」とのことですが、目標件数は評価や給与に影響しますか。', en: 'You say "no quota": do the call or sales targets affect evaluation or pay?' },
  'quota.implicit': { ja: '最低件数やサービスレベルを下回った場合、評価や契約はどうなりますか。', en: 'What happens to your evaluation or contract if the minimum counts or service levels are missed?' },
  'quota.collective': { ja: 'チームや店舗の目標は、個人の評価や給与に影響しますか。', en: 'Does the team or shop target count in your own evaluation or pay?' },
  direction: { ja: '受信と発信の割合はどのくらいですか。発信は営業ですか、確認の連絡ですか。', en: 'How much of the work is answering vs placing calls? Are outgoing calls sales or follow-ups?' },
  'direction.unknown': { ja: '電話はかかってくるものに応える仕事ですか、こちらからかける仕事ですか。', en: 'Will you answer calls or place them?' },
  training: { ja: '入社後の研修やマニュアル、トークスクリプトはありますか。', en: 'Is there training, a manual or a call script?' },
  basePay: { ja: '固定給（基本給）はいくらで、成果報酬はどのくらいの割合ですか。', en: 'What is the fixed base pay, and how much depends on results?' },
  'pay.fixedOvertime': { ja: '固定残業時間を超えた分は別途支給されますか。', en: 'Is overtime beyond the fixed overtime hours paid separately?' },
  'pay.missing': { ja: '給与はいくらですか（時給・月給などの金額と、研修中の給与）。', en: 'What is the pay (the hourly or monthly amount, and the pay during training)?' },
  complaints: { ja: 'クレーム対応はどのくらいの頻度ですか。難しい場合は上の人に代わってもらえますか。', en: 'How often do complaints come in, and can you hand difficult ones to a supervisor?' },
  collections: { ja: '督促の1日の件数や回収目標はありますか。', en: 'How many collection calls a day, and are there recovery targets?' },
  role: { ja: 'この求人の仕事は具体的に何ですか。電話や営業はどのくらいの割合ですか。', en: 'What exactly is this job, and how much of it is phone or sales work?' },
} as const satisfies Record<string, Text>;
export type QuestionTextId = keyof typeof QUESTION_TEXT;
