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
    AUDIT_NOT_WRITTEN:
      '監査ログに書き込めなかったため、保存しませんでした。変更は記録されていません。管理者に連絡してください。',
    STORE_CLOSED: 'データファイルは閉じられています。Tomari を起動し直してください。',
    DATA_FOLDER_LOCKED:
      'このデータフォルダは別の Tomari が使用中です（コンピューター「{{holder.computer}}」、プロセス番号 {{holder.pid}}、{{holder.since}} から）。その Tomari を終了してから、もう一度起動してください。',
    DATA_FOLDER_LOCKED_unknownHolder:
      'このデータフォルダは別の Tomari が使用中です。その Tomari を終了してから、もう一度起動してください。',
    DATA_FOLDER_LOCK_LOST:
      'データフォルダが別の Tomari に使われ始めたため、保存を止めました。Tomari を終了して、もう一度起動してください。',
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
    POSSIBLE_DUPLICATE: '同じ氏名・生年月日の利用者がすでに登録されています。',
    DUPLICATE_CERTIFICATE: 'この受給者証番号はほかの利用者にも登録されています。',
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
