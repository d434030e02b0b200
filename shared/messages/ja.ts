/** The message catalogue in Japanese, the reference language (shape: catalog.ts). */
import type { Catalog } from './catalog';

export const ja = {
  errors: {
    INVALID_INPUT: '入力内容に誤りがあります。内容を確認してください。',
    UNKNOWN_CHANNEL: 'この操作には対応していません。アプリを最新版に更新してください。',
    UNAUTHORIZED: 'アクセスキーが無効です。表示されたアドレスから開き直してください。',
    UNTRUSTED_CALLER: 'Tomari の画面以外からは利用できません。',
    UNTRUSTED_CALLER_origin: 'ほかのページからは利用できません。',
    UNTRUSTED_CALLER_host: 'このアドレスからは利用できません。',
    UNTRUSTED_CALLER_sender: 'Tomari のウィンドウ以外からは利用できません。',
    BAD_REQUEST: '要求の形式が正しくありません。',
    BAD_REQUEST_method: 'POST で呼び出してください。',
    BAD_REQUEST_notJson: '送信データが JSON ではありません。',
    BAD_REQUEST_address: 'アドレスが正しくありません。',
    PAYLOAD_TOO_LARGE: '送信するデータが大きすぎます（上限 1 MiB）。',
    NOT_SUPPORTED: 'この画面ではこの操作に対応していません。',
    INTERNAL: '予期しないエラーが発生しました。データは変更されていません。',
    STORAGE_DAMAGED: 'データファイルが破損しています。バックアップからの復元が必要です。',
    BACKUP_DAMAGED:
      'バックアップ「{{backup}}」には、破損したファイルの正常なコピーがありません。別のバックアップを選んでください。',
    NO_GOOD_BACKUP:
      '破損したファイルの正常なコピーを持つバックアップがないため、復元できません。管理者に連絡してください。',
    STORAGE_ERROR:
      'データを保存できませんでした。変更は記録されていません。もう一度お試しください。',
    STORAGE_ERROR_pending:
      'データファイルにまだ書き込めていない変更があるため、データを移せませんでした。変更そのものは失われていません。ディスクの空き容量を確かめて、もう一度お試しください。',
    AUDIT_NOT_WRITTEN:
      '監査ログに書き込めなかったため、保存しませんでした。変更は記録されていません。管理者に連絡してください。',
    AUDIT_NOT_WRITTEN_pending:
      '監査ログにまだ書き込めていない記録があるため、データを移せませんでした。変更そのものは失われていません。管理者に連絡してください。',
    STORE_CLOSED: 'データファイルは閉じられています。Tomari を起動し直してください。',
    DATA_FOLDER_LOCKED:
      'このデータフォルダは別の Tomari が使用中です（コンピューター「{{holder.computer}}」、プロセス番号 {{holder.pid}}、{{holder.since}} から）。その Tomari を終了してから、もう一度起動してください。',
    DATA_FOLDER_LOCKED_unknownHolder:
      'このデータフォルダは別の Tomari が使用中です。その Tomari を終了してから、もう一度起動してください。',
    DATA_FOLDER_LOCK_LOST:
      'データフォルダが別の Tomari に使われ始めたため、保存を止めました。Tomari を終了して、もう一度起動してください。',
    DATABASE_UNAVAILABLE:
      '施設のサーバー（データベース）に接続できません。この操作は保存されていません。接続が戻ると自動でつながります。',
    DATABASE_TOO_NEW:
      'このデータベースは新しい版の Tomari（形式 {{found}}）で使われています。この Tomari（形式 {{known}}）を更新してください。',
    DATA_KEY_MISSING:
      'このデータフォルダは暗号化されていて、この PC には鍵がありません。保管している回復キーで開いてください。',
    DATA_KEY_INVALID:
      'データフォルダの鍵の情報が壊れているか、書き換えられています（{{reason}}）。データには手を付けていません。管理者に連絡してください。',
    RECOVERY_KEY_WRONG: '回復キーが違います。印刷した回復キーをもう一度確かめてください。',
    KEY_PROTECTION_UNAVAILABLE:
      'この PC では、データの鍵を OS の機能（資格情報の保管）で守れません。管理者がパスフレーズを入力すると開きます。',
    PASSPHRASE_WRONG:
      'パスフレーズが違います。この PC で決めたパスフレーズをもう一度入力してください。',
    NOT_FOUND: '対象のデータが見つかりません。ほかの端末で削除された可能性があります。',
    NOT_FOUND_stay: '予約が見つかりません。ほかの端末で削除された可能性があります。',
    NOT_FOUND_person: '利用者が見つかりません。ほかの端末で削除された可能性があります。',
    NOT_FOUND_bed: 'ベッドが見つかりません。ほかの端末で削除された可能性があります。',
    NOT_FOUND_bedBlock: 'ベッドの閉鎖期間が見つかりません。すでに再開されている可能性があります。',
    NOT_FOUND_training: '記録が見つかりません。ほかの端末で削除された可能性があります。',
    NOT_FOUND_backup: 'バックアップ「{{id}}」が見つかりません。',
    BED_NAME_TAKEN: '「{{name}}」という名前のベッドはすでにあります。別の名前にしてください。',
    BLOCK_HAS_STAYS:
      'この期間に予約が{{count}}件あるため閉鎖できません。先に予約を移動してください。',
    TRAINING_RECORD_EXISTS: 'この日・この項目の記録はすでにあります。その記録を修正してください。',
    POSSIBLE_DUPLICATE:
      '同じ氏名・生年月日の利用者がすでに登録されています。同一人物でないか確認してください。',
    DUPLICATE_CERTIFICATE:
      'この受給者証番号はほかの利用者にも登録されています。番号に誤りがないか確認してください。',
    RULE_VIOLATION: '予約のルールに合わないため登録できません。',
    INVALID_TRANSITION: '「{{from}}」の予約は「{{to}}」にできません。',
    STAY_CLOSED: '「{{status}}」の予約は日程やベッドを変更できません（メモは編集できます）。',
    STAY_STARTED: '入所中の方の入所日は変更できません。',
    STAY_NOT_BUMPED:
      '振替の予約・振替候補・連絡待ちは、緊急受入で延期になった予約だけが対象です（現在：{{status}}）。連絡待ちの一覧を開き直してください。',
    ALREADY_REBOOKED:
      'このご家族にはすでに振替の予約があります。二重に予約しないよう、連絡待ちの一覧を開き直してください。',
    CHECK_IN_TOO_EARLY: '入所予定日は{{start}}です。入所はその日から記録できます。',
    CHECK_IN_TOO_LATE:
      '退所予定日（{{end}}）になったため、入所は記録できません。日程を確認してください。',
    CHECK_IN_UNDO_TOO_LATE: '入所の取り消しは、入所を記録した当日だけできます。',
    CHECK_OUT_IN_FUTURE:
      '退所は、実際に退所した日（今日まで）で記録します。先の日に早めるときは「退所予定日を変更」を使ってください。',
    CHECK_OUT_BEFORE_ARRIVAL: '退所日（{{date}}）が入所日（{{start}}）より前です。',
    CHECK_OUT_AFTER_END:
      '退所日（{{date}}）が退所予定日（{{end}}）より後です。先に退所予定日を延ばしてください。',
    DEPARTURE_IN_PAST:
      '入所中の方の退所予定日は今日より前にできません。すでに退所したときは「退所を記録」を使ってください。',
    NO_EMERGENCY_CAPACITY: '緊急受入に使えるベッドがありません。',
    STALE_PLAN: '確認中に予約状況が変わりました。新しい案を確認してください。',
    NOT_EMERGENCY_STAY: '緊急受入の予約ではないため、この操作はできません。',
    UNAUTHENTICATED:
      'サインインしてください。しばらく操作がなかったときも、サインインし直す必要があります。',
    FORBIDDEN: 'この操作をする権限がありません。必要なときは管理者に相談してください。',
    SIGN_IN_FAILED: '職員またはパスワードが正しくありません。',
    SIGN_IN_FAILED_counted:
      'パスワードが正しくありません。あと{{triesLeft}}回間違えると、{{lockMinutes}}分間サインインできなくなります。',
    LOCKED:
      'パスワードを続けて間違えたため、{{until}}までサインインできません。時間をおいてから、もう一度お試しください。',
    ALREADY_SET_UP: '最初の管理者はすでに登録されています。職員を選んでサインインしてください。',
    LAST_MANAGER:
      '有効な管理者がいなくなるため、この変更はできません。先にほかの職員を管理者にしてください。',
    NOT_FOUND_staff: '職員が見つかりません。ほかの端末で変更された可能性があります。',
    RETENTION_NOT_ENDED:
      'この方の記録は{{keptUntil}}まで保存期間中のため、消去できません。何も消去していません。',
    RETENTION_NOT_ENDED_noDate:
      'この方の記録には保存期間を数える日付（利用・支給決定・登録日）がないため、消去できません。何も消去していません。',
    NETWORK: 'データに接続できません。アプリが起動しているか確認してください。',
    BAD_RESPONSE: '予期しない応答を受け取りました。アプリを再起動してください。',
    UNEXPECTED: '予期しないエラーが発生しました。',
  },
  rules: {
    INVALID_DATES: '退所日は入所日より後の日付にしてください',
    BED_NOT_FOUND: '指定されたベッドが見つかりません',
    BED_INACTIVE: 'ベッド{{bedName}}は現在使われていません',
    BED_NOT_ALLOWED: 'ベッド{{bedName}}は{{kind}}に使えません',
    EMERGENCY_BED_RESERVED: 'ベッド{{bedName}}は緊急受入のために空けておくベッドです',
    BED_BLOCKED: 'このベッドは{{from}}から{{nightCount}}泊、休止中です',
    BED_OCCUPIED:
      'このベッドは{{from}}から{{nightCount}}泊が他の予約（{{count}}件）と重なっています',
    PERSON_OVERLAP: 'ご本人は{{from}}から{{nightCount}}泊、すでに別の利用予定があります',
    NOT_REGISTERED: '事前登録がありません',
    NOT_REGISTERED_warning: '事前登録がありません（受け入れ後に登録してください）',
    NO_AUTHORIZATION: '短期入所の支給決定がない日があります（{{from}}から{{days}}日）',
    EXPERIENCE_ANNUAL_CAP:
      '{{fiscalYear}}年度の体験利用 {{used}}日 + {{adding}}日 = {{total}}日（上限{{cap}}日）',
    EXPERIENCE_STAY_LENGTH: '体験利用1回の日数が{{days}}日です（上限{{max}}日）',
    EMERGENCY_LENGTH: '緊急利用の日数が{{days}}日で、緊急受入の期間（{{max}}日）を超えます',
    MONTHLY_ALLOWANCE:
      '{{month}}の短期入所 {{used}}日 + {{adding}}日 = {{days}}日（支給量{{allowance}}日）',
    CONSECUTIVE_DAYS: '連続した利用が{{days}}日になります（上限{{limit}}日）',
  },
  issues: {
    DATES_OUT_OF_ORDER: '終了日が開始日より前です。',
    DATES_OUT_OF_ORDER_reviewDate: '見直し日が登録日より前です。',
    DATES_OUT_OF_ORDER_authorizations: '支給決定期間の終了日が開始日より前です。',
    NO_NIGHT: '終了日は開始日の翌日以降にしてください。',
    SPAN_TOO_LONG: '期間は1年（{{maxDays}}日）以内で入力してください。',
    DATE_OUT_OF_RANGE: '1900年から2100年までの日付で入力してください。',
    INVISIBLE_CHARACTERS: '制御文字や書式文字（目に見えない文字）は使えません。',
    NOT_SAME_PERSON: '振替の予約は元の予約と同じ利用者にしてください。',
    AUTHORIZATION_OVERLAP: '支給決定期間が他の期間と重なっています。',
    DATE_OUTSIDE_STAY: '記録日は利用期間（{{start}}〜{{end}}）内にしてください。',
    UNKNOWN_DOMAIN: '訓練項目が登録されていません。',
    STAY_NOT_HELD: '取消・延期になった利用には新しい記録を付けられません。',
    REQUESTED_IN_FUTURE: '依頼を受けた日時が未来になっています。',
    POSSIBLE_DUPLICATE: '同じ氏名・生年月日の利用者がすでに登録されています。',
    DUPLICATE_CERTIFICATE: 'この受給者証番号はほかの利用者にも登録されています。',
    SECRET_TOO_SHORT: 'パスワードは{{min}}文字以上にしてください。',
    SECRET_REQUIRED: '新しい職員にはパスワードを決めてください（{{min}}文字以上）。',
    REQUIRED: '{{field}}を入力してください。',
    TOO_LONG: '{{field}}は{{maximum}}文字以内で入力してください。',
    NOT_TEXT: '{{field}}は文字で入力してください。',
    INVALID_DATE: '{{field}}は正しい日付で入力してください。',
    NOT_KANA: '{{field}}はひらがなまたはカタカナで入力してください。',
    INVALID_PHONE: '{{field}}は数字・ハイフン・括弧・+ で入力してください。',
    INVALID_CERTIFICATE_NUMBER: '{{field}}は10桁の数字で入力してください。',
    INVALID_PROVIDER_NUMBER: '{{field}}は10桁の数字で入力してください。',
    NOT_CHOSEN: '{{field}}を選んでください。',
    NOT_CHOSEN_allows: '{{field}}を1つ以上選んでください。',
    INVALID_DAYS_PER_MONTH: '{{field}}は1〜31日で入力してください。',
    INVALID_CHOICE: '{{field}}の種類が正しくありません。',
  },
  fields: {
    familyName: '姓',
    givenName: '名',
    familyNameKana: '姓（ふりがな）',
    givenNameKana: '名（ふりがな）',
    birthDate: '生年月日',
    sex: '性別',
    certificateNumber: '受給者証番号',
    supportCategory: '障害支援区分',
    registration: {
      status: '事前登録の状態',
      registeredOn: '登録日',
      registeredBy: '登録者',
      reviewDate: '見直し日',
    },
    authorizations: {
      from: '支給決定期間の開始日',
      to: '支給決定期間の終了日',
      daysPerMonth: '支給量（日/月）',
    },
    consultationOffice: {
      office: '相談支援事業所名',
      coordinator: '相談支援専門員',
      phone: '相談支援事業所の電話番号',
    },
    contacts: {
      name: '緊急連絡先の氏名',
      relation: '緊急連絡先の続柄',
      phone: '緊急連絡先の電話番号',
      note: '緊急連絡先の備考',
    },
    careNotes: {
      medications: '服薬',
      allergies: 'アレルギー',
      medicalCare: '医療的ケア',
      behaviourSupport: '行動面の支援',
      diet: '食事',
      mobility: '移動',
      flags: '配慮事項',
      nothingToNote: '「特になし」の項目',
    },
    name: 'ベッド名',
    room: '部屋',
    allows: '受け入れる利用（緊急・体験）',
    bedId: 'ベッド',
    start: '開始日',
    end: '終了日',
    reason: '閉鎖の理由',
    address: '住所',
    phone: '電話番号',
    author: {
      name: '記入者',
    },
    text: '職員所見',
    providerNumber: '事業所番号',
    note: '備考',
  },

  planReasons: {
    FREE_RESERVED_BED: '緊急用ベッド{{bed}}が空いています',
    FREE_BED: 'ベッド{{bed}}が空いています',
    NOTHING_DISPLACED: '延期・短縮する予約はありません',
    NO_FREE_BED: '空いている緊急受入可能なベッドがありません',
    USES_BED: 'ベッド{{bed}}を使います',
    BUMPS: '体験利用{{count}}件を延期します',
    BUMPS_NEWEST: '体験利用{{count}}件を延期します（最も新しい予約）',
    SHORTENS:
      '緊急受入の前から始まる体験利用{{count}}件は、延期せず{{date}}に退所するよう短縮します（それまでの夜はそのまま利用できます）',
    CUTS_SHORT: '利用中の体験利用者{{count}}名の退所日を{{date}}に早めます',
    BUMPS_ARRIVED_SAME_DAY: '緊急受入の開始日に到着した体験利用者{{count}}名の利用を延期します',
    CHOSEN_GUESTS_CUT_SHORT: '利用中の方への影響が最も少ないベッドです',
    CHOSEN_BOOKINGS_BUMPED: '延期する予約が最も少ないベッドです',
    CHOSEN_DAYS_DISPLACED: '延期・短縮する体験利用の日数が最も少ないベッドです',
    CHOSEN_NEWEST_BOOKING: '最も新しく入った予約を延期します（後から入った予約から延期）',
    CHOSEN_BED_ORDER: 'ほかの条件が同じため、ベッドの並び順で選びました',
    ONLY_CANDIDATE: 'ほかに候補となるベッドはありません',
    OFFERS_READY: '延期する予約ごとに、8週間以内の振替候補を用意しました',
    OFFERS_MISSING: '8週間以内に振替候補が見つからない予約が{{count}}件あります',
    NO_CAPACITY:
      '緊急受入できるベッドがありません（どのベッドも緊急利用・休止・対象外のいずれかです）',
    BED_INACTIVE: 'ベッド{{bed}}は使われていません',
    BED_NO_EMERGENCY: 'ベッド{{bed}}は緊急利用に使えません',
    BED_CLOSED: 'ベッド{{bed}}は休止中です',
    BED_HELD: 'ベッド{{bed}}は緊急利用または利用済みの記録で埋まっています',
  },
  date: {
    long: '{{year}}年{{month}}月{{day}}日({{weekday}})',
    month: '{{year}}年{{month}}月',
    time: '{{date}} {{hour}}:{{minute}}',
  },
  weekday: { sun: '日', mon: '月', tue: '火', wed: '水', thu: '木', fri: '金', sat: '土' },
  stayStatus: {
    tentative: '仮予約',
    confirmed: '確定',
    in_stay: '滞在中',
    completed: '退所済',
    cancelled: '取消',
    bumped: '振替待ち',
  },
  kindName: { emergency: '緊急利用', experience: '体験利用' },
} satisfies Catalog;
