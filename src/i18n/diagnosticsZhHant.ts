/**
 * The policy diagnostics in Traditional Chinese (Taiwan usage, as AWS's zh_tw documentation); terms
 * as in docs/glossary.md. Element names, JSON snippets, ARNs and operators stay as written; values
 * quoted from the document go in 「…」.
 */
import type {
  ExpectedShape,
  Found,
  JsonExpected,
  JsonFoundCharacter,
  JsonNumberFault,
  NotSerializable,
  PolicyKind,
  PolicyPlacement,
  PolicyVersion,
  PrincipalType,
  Subject,
} from '../engine';
import type { DiagnosticWording } from './diagnosticText';

const q = (value: string): string => `「${value}」`;
const didYouMean = (suggestion: string | undefined): string =>
  suggestion === undefined ? '' : `您是不是要寫${q(suggestion)}？`;

const kind: Record<PolicyKind, string> = {
  identity: '身分型政策',
  trust: '角色信任政策',
  resource: '以資源為基礎的政策',
  scp: '服務控制政策 (SCP)',
  rcp: '資源控制政策 (RCP)',
  boundary: '許可界限',
  session: '工作階段政策',
};

const placement: Record<PolicyPlacement, string> = {
  managed: '客戶受管政策',
  awsManaged: 'AWS 受管政策',
  roleInline: '角色的內嵌政策',
  userInline: '使用者的內嵌政策',
  groupInline: '群組的內嵌政策',
  trust: '角色信任政策',
  scp: '服務控制政策 (SCP)',
  rcp: '資源控制政策 (RCP)',
  session: '工作階段政策',
  resource: '以資源為基礎的政策',
};

const INLINE_NOTE = '此上限是該實體所有內嵌政策的總和。';

const quotaNote: Record<PolicyPlacement, string> = {
  managed: '這是受管政策的上限。',
  awsManaged: '',
  roleInline: INLINE_NOTE,
  userInline: INLINE_NOTE,
  groupInline: INLINE_NOTE,
  trust: '這是預設配額；可透過 Service Quotas 提高到 4096。',
  scp: '',
  rcp: '',
  session: '',
  resource: '這是 S3 儲存貯體政策的上限；其他服務的上限不同。',
};

const principalExpected: Record<PrincipalType, string> = {
  AWS: '"*"、12 位數的帳戶 ID，或 arn:aws:iam:: 或 arn:aws:sts:: ARN',
  Service: '服務主體，例如 "ec2.amazonaws.com"',
  Federated:
    'arn:aws:iam::ACCOUNT:oidc-provider/... 或 arn:aws:iam::ACCOUNT:saml-provider/... ARN，或身分提供者，例如 "cognito-identity.amazonaws.com"',
  CanonicalUser: '64 個字元的十六進位 S3 標準使用者 ID',
};

const expected: Record<ExpectedShape, string> = {
  string: '字串',
  allowOrDeny: '"Allow" 或 "Deny"',
  versionString: '字串 "2012-10-17"',
  stringList: '字串或字串陣列',
  object: '物件',
  objects: '物件或物件陣列',
  principal: '"*" 或形如 {"AWS": "123456789012"} 的物件',
  conditionValue: '字串、數字或布林值',
  conditionValues: '字串、數字或布林值，或由它們組成的陣列',
  operatorBlock: '以條件運算子為索引鍵的物件',
  keyBlock: '以條件索引鍵為索引鍵的物件',
};

function found(f: Found): string {
  switch (f.kind) {
    case 'object':
      return '一個物件';
    case 'array':
      return '一個陣列';
    case 'string':
      return '一個字串';
    case 'emptyString':
      return '一個空字串';
    case 'null':
      return 'null';
    case 'number':
      return `數字 ${f.text}`;
    case 'boolean':
      return `布林值 ${f.text}`;
    case 'theString':
      return `字串 "${f.text}"`;
  }
}

function subject(s: Subject): string {
  switch (s.kind) {
    case 'element':
      return s.name;
    case 'eachValue':
      return `每個 ${s.name} 值`;
    case 'eachStatement':
      return '每個陳述式';
    case 'conditionKey':
      return `條件索引鍵 ${s.key} 的值`;
    case 'eachConditionValue':
      return `條件索引鍵 ${s.key} 的每個值`;
    case 'conditionOperator':
      return `條件運算子 ${s.operator}`;
  }
}

const version = (v: PolicyVersion | undefined): string =>
  v === undefined ? '缺少（AWS 因此使用 "2008-10-17"）' : `為 "${v}"`;

const notSerializable = (reason: NotSerializable): string =>
  reason.kind === 'threw' ? reason.error : `類型為 ${reason.type} 的值沒有 JSON 形式`;

const character = (c: JsonFoundCharacter): string =>
  'char' in c ? `的字元 "${c.char}"` : `的字元 ${c.codePoint}`;

function jsonExpected(e: JsonExpected): string {
  switch (e.kind) {
    case 'value':
      return '一個值';
    case 'propertyName':
      return '雙引號中的屬性名稱';
    case 'commentClose':
      return '以 "*/" 結束註解';
    case 'colon':
      return `屬性名稱 "${e.key}" 後面的 ":"`;
    case 'nameOrClose':
      return `屬性名稱，或以 "}" 結束第 ${e.line} 行第 ${e.column} 欄開始的物件`;
    case 'commaOrClose':
      return e.container === 'object'
        ? `","，或以 "}" 結束第 ${e.line} 行第 ${e.column} 欄開始的物件`
        : `","，或以 "]" 結束第 ${e.line} 行第 ${e.column} 欄開始的陣列`;
  }
}

const numberFault: Record<JsonNumberFault, string> = {
  plusSign: 'JSON 數字不能以 "+" 開頭',
  leadingDot: '請在小數點前寫一個 0',
  leadingZero: '不允許有前導零',
  noFractionDigits: '小數點後至少要寫一位數字',
  invalid: '它不是有效的 JSON 數字',
};

export const diagnosticsZhHant: DiagnosticWording = {
  TS1001: () => '文件是空的：應為一個 JSON 物件。',
  TS1002: (c, e) => `非預期${character(c)}：應為${jsonExpected(e)}。`,
  TS1003: (e) => `文件意外結束：應為${jsonExpected(e)}。`,
  TS1004: (container) =>
    `尾隨逗號：JSON 不允許在最後一個${container === 'object' ? '屬性' : '陣列項目'}之後加逗號。請刪除它。`,
  TS1005: () => 'JSON 中不允許註解。請刪除註解。',
  TS1006: () => '字串必須使用雙引號 (")，而不是單引號 (\')。',
  TS1007: (key) => `屬性名稱必須放在雙引號中：寫成 "${key}"。`,
  TS1008: () => '字串沒有結束：請加上結尾的雙引號 (")。',
  TS1009: (sequence) =>
    `無效的逸出序列 ${sequence}：JSON 只允許 \\" \\\\ \\/ \\b \\f \\n \\r \\t 和 \\uXXXX。字面的反斜線請寫成 \\\\。`,
  TS1010: (codePoint) => `字串中的控制字元 ${codePoint} 必須逸出（例如 \\n 或 \\t）。`,
  TS1011: (raw, fault) => `無效的數字 ${raw}：${numberFault[fault]}。`,
  TS1012: (container) => `${container === 'object' ? '屬性' : '陣列項目'}之間缺少逗號。`,
  TS1013: () => 'JSON 值結束之後還有內容：一份文件只能包含一個值。',
  TS1014: (limit) => `文件巢狀超過 ${limit} 層；任何政策都不需要這麼深。`,
  TS1015: (word, suggestion) =>
    `非預期的字詞${q(word)}：JSON 值只能是雙引號中的字串、數字、true、false、null、物件或陣列。${didYouMean(suggestion)}`,
  TS1016: (key) => `屬性名稱 "${key}" 後面應為 ":"。`,
  TS1017: (codePoint) =>
    `字元 ${codePoint} 看起來像空格，但不是 JSON 空白字元（常見於從網頁貼上的內容）。請換成一般空格。`,
  TS1018: () => '彎引號（“、”、‘、’）不是 JSON 引號：請使用直雙引號 (")。',

  TS2001: (f) => `政策文件必須是 JSON 物件，但這是${found(f)}。`,
  TS2002: (name, suggestion) =>
    `未知的政策元素${q(name)}：政策只有 Version、Id 和 Statement。${didYouMean(suggestion)}`,
  TS2003: (name) => `${q(name)}在此處出現了不只一次；AWS 會拒絕重複的元素。這裡只使用第一個。`,
  TS2004: (s, e, f) => `${subject(s)}必須是${expected[e]}，但這是${found(f)}。`,
  TS2005: () => '政策沒有 Statement 元素。',
  TS2006: () =>
    '沒有 Version 元素：AWS 會將政策視為 "2008-10-17"，此時 ${aws:username} 等政策變數只是字面文字。請加入 "Version": "2012-10-17"。',
  TS2007: (value) => `無效的 Version ${q(value)}：有效值只有 "2012-10-17"（目前版本）和 "2008-10-17"。`,
  TS2008: (variable, v) =>
    `${variable} 是字面文字，不是政策變數，因為政策的 Version ${version(v)}。政策變數需要 "Version": "2012-10-17"。`,
  TS2009: (k) => `Id 元素用於以資源為基礎的政策；IAM 不接受${kind[k]}中的 Id 元素。`,
  TS2010: (size, limit, p) =>
    `此政策長 ${size} 個字元（不計空白字元）；${placement[p]}的上限為 ${limit}。${quotaNote[p]}`,
  TS2011: (reason) => `無法將此政策值轉換為 JSON：${notSerializable(reason)}。`,

  TS3001: (name, suggestion) =>
    `未知的陳述式元素${q(name)}：陳述式包含 Sid、Effect、Principal、NotPrincipal、Action、NotAction、Resource、NotResource 和 Condition。${didYouMean(suggestion)}`,
  TS3002: () => '此陳述式沒有 Effect：請加入 "Effect": "Allow" 或 "Effect": "Deny"。',
  TS3003: (value, suggestion) =>
    suggestion === undefined
      ? `無效的 Effect ${q(value)}：它必須正好是 "Allow" 或 "Deny"。`
      : `無效的 Effect ${q(value)}：Effect 區分大小寫，請寫成 "${suggestion}"。`,
  TS3004: () => '一個陳述式不能同時包含 Action 和 NotAction：請只保留其一。',
  TS3005: () => '此陳述式需要 Action 或 NotAction 元素。',
  TS3006: () => '一個陳述式不能同時包含 Resource 和 NotResource：請只保留其一。',
  TS3007: (k) => `${kind[k]}中的陳述式需要 Resource 或 NotResource 元素。`,
  TS3008: (sid, line) => `Sid ${q(sid)} 已由第 ${line} 行的陳述式使用；同一政策中的 Sid 必須唯一。`,
  TS3009: (sid) =>
    `Sid ${q(sid)} 包含 A-Z、a-z 和 0-9 以外的字元；IAM 只接受由英數字元組成的 Sid（SQS、SNS 等部分服務允許更多字元）。`,
  TS3010: (element) => `${element} 是空清單：它必須至少指定一個值。`,

  TS4001: (k) => `${kind[k]}中不允許使用 Principal：主體就是此政策所連接的對象。`,
  TS4002: (k) => `${kind[k]}中的陳述式必須說明它適用於誰：請加入 Principal 元素。`,
  TS4003: (k) => `${kind[k]}中不允許使用 NotPrincipal。`,
  TS4004: () =>
    'NotPrincipal 與 "Allow" 一起使用會把存取權授予所有未列出的對象，包括匿名使用者；AWS 不建議這麼做。請使用 "Principal": "*"，並在 aws:PrincipalArn 上加入 ArnNotEquals 條件。',
  TS4005: (value) =>
    `${q(value)}：不能用萬用字元比對主體名稱或 ARN 的一部分。請單獨使用 "*"，或使用 "Principal": "*" 並在 aws:PrincipalArn 上加入 ArnLike 條件。`,
  TS4006: (key, suggestion) =>
    `未知的主體類型${q(key)}：請使用 AWS、Service、Federated 或 CanonicalUser。${didYouMean(suggestion)}`,
  TS4007: (type, value) => `無效的 ${type} 主體${q(value)}：應為 ${principalExpected[type]}。`,
  TS4008: (value) =>
    `${q(value)}是唯一主體 ID，而不是 ARN：它所指的角色或使用者被刪除後，IAM 會顯示這種 ID。它不符合任何主體，即使之後再建立同名的主體也一樣。`,
  TS4010: (value) =>
    `${q(value)}在帳戶 ID 的位置寫著 "aws"，就像分享前移除了帳戶 ID 的匯出檔案：它在這裡不符合任何主體。`,
  TS4009: () => '在資源控制政策 (RCP) 中 Principal 必須是 "*"：請改用條件來限制主體。',

  TS5001: (value) =>
    `無效的動作${q(value)}：它不符合任何動作。請寫成 "service:ActionName"（例如 "s3:GetObject"）或 "*"。`,
  TS5002: (prefix) => `未知的服務字首${q(prefix)}：沒有 AWS 服務使用它，因此此動作不符合任何項目。`,
  TS5003: (prefix, action) => `服務${q(prefix)}沒有動作${q(action)}：它不符合任何項目。`,
  TS5004: (value) =>
    `無效的資源${q(value)}：請寫成 ARN "arn:partition:service:region:account:resource"（以冒號分隔的六個部分）或 "*"。`,
  TS5005: (value) => `${q(value)}：資源 ARN 的服務部分不能使用萬用字元。`,
  TS5006: (value) => `${q(value)}：政策變數只能用在 ARN 的資源部分（第五個冒號之後）。`,

  TS6001: (operator, suggestion) => `未知的條件運算子${q(operator)}。${didYouMean(suggestion)}`,
  TS6002: (qualifier, key) =>
    `${qualifier} 用於多值索引鍵，但 ${key} 是單值索引鍵；請移除 ${qualifier}: 字首。對單值索引鍵使用 ForAllValues 時，索引鍵不存在也為 true。`,
  TS6003: () => 'IfExists 字尾不能與 Null 運算子一起使用。',
  TS6004: (value) => `無效的 Null 值${q(value)}：請使用 "true"（索引鍵不存在）或 "false"（索引鍵存在）。`,
  TS6005: (value) => `無效的 Bool 值${q(value)}：請使用 "true" 或 "false"。`,
  TS6006: (operator, value) => `${operator} 需要數字，但${q(value)}不是數字（此處不允許使用政策變數）。`,
  TS6007: (operator, value) =>
    `${operator} 需要 ISO 8601 日期（例如 "2024-01-31T12:00:00Z"）或以秒為單位的 Unix 時間，但得到的是${q(value)}。`,
  TS6008: (operator, value) =>
    `${operator} 需要 IPv4 或 IPv6 位址或 CIDR 範圍（例如 "203.0.113.0/24"），但得到的是${q(value)}。`,
  TS6009: (key) => `條件索引鍵 ${key} 沒有值。`,
};
