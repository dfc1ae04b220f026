/**
 * The policy diagnostics in Simplified Chinese; terms as in docs/glossary.md. Element names, JSON
 * snippets, ARNs and operators stay as written; values quoted from the document go in “…”.
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

const q = (value: string): string => `“${value}”`;
const didYouMean = (suggestion: string | undefined): string =>
  suggestion === undefined ? '' : `您是不是想写${q(suggestion)}？`;

const kind: Record<PolicyKind, string> = {
  identity: '身份策略',
  trust: '角色信任策略',
  resource: '基于资源的策略',
  scp: '服务控制策略 (SCP)',
  rcp: '资源控制策略 (RCP)',
  boundary: '权限边界',
  session: '会话策略',
};

const placement: Record<PolicyPlacement, string> = {
  managed: '客户托管策略',
  awsManaged: 'AWS 托管策略',
  roleInline: '角色的内联策略',
  userInline: '用户的内联策略',
  groupInline: '用户组的内联策略',
  trust: '角色信任策略',
  scp: '服务控制策略 (SCP)',
  rcp: '资源控制策略 (RCP)',
  session: '会话策略',
  resource: '基于资源的策略',
};

const INLINE_NOTE = '此上限针对该实体的所有内联策略合计。';

const quotaNote: Record<PolicyPlacement, string> = {
  managed: '这是托管策略的上限。',
  awsManaged: '',
  roleInline: INLINE_NOTE,
  userInline: INLINE_NOTE,
  groupInline: INLINE_NOTE,
  trust: '这是默认配额；可通过 Service Quotas 提高到 4096。',
  scp: '',
  rcp: '',
  session: '',
  resource: '这是 S3 存储桶策略的上限；其他服务的上限不同。',
};

const principalExpected: Record<PrincipalType, string> = {
  AWS: '"*"、12 位账户 ID，或 arn:aws:iam:: 或 arn:aws:sts:: ARN',
  Service: '服务主体，例如 "ec2.amazonaws.com"',
  Federated:
    'arn:aws:iam::ACCOUNT:oidc-provider/... 或 arn:aws:iam::ACCOUNT:saml-provider/... ARN，或身份提供商，例如 "cognito-identity.amazonaws.com"',
  CanonicalUser: '64 个字符的十六进制 S3 规范用户 ID',
};

const expected: Record<ExpectedShape, string> = {
  string: '字符串',
  allowOrDeny: '"Allow" 或 "Deny"',
  versionString: '字符串 "2012-10-17"',
  stringList: '字符串或字符串数组',
  object: '对象',
  objects: '对象或对象数组',
  principal: '"*" 或形如 {"AWS": "123456789012"} 的对象',
  conditionValue: '字符串、数字或布尔值',
  conditionValues: '字符串、数字或布尔值，或者它们组成的数组',
  operatorBlock: '以条件运算符为键的对象',
  keyBlock: '以条件键为键的对象',
};

function found(f: Found): string {
  switch (f.kind) {
    case 'object':
      return '一个对象';
    case 'array':
      return '一个数组';
    case 'string':
      return '一个字符串';
    case 'emptyString':
      return '一个空字符串';
    case 'null':
      return 'null';
    case 'number':
      return `数字 ${f.text}`;
    case 'boolean':
      return `布尔值 ${f.text}`;
    case 'theString':
      return `字符串 "${f.text}"`;
  }
}

function subject(s: Subject): string {
  switch (s.kind) {
    case 'element':
      return s.name;
    case 'eachValue':
      return `每个 ${s.name} 值`;
    case 'eachStatement':
      return '每条语句';
    case 'conditionKey':
      return `条件键 ${s.key} 的值`;
    case 'eachConditionValue':
      return `条件键 ${s.key} 的每个值`;
    case 'conditionOperator':
      return `条件运算符 ${s.operator}`;
  }
}

const version = (v: PolicyVersion | undefined): string =>
  v === undefined ? '缺失（AWS 因此使用 "2008-10-17"）' : `为 "${v}"`;

const notSerializable = (reason: NotSerializable): string =>
  reason.kind === 'threw' ? reason.error : `类型为 ${reason.type} 的值没有 JSON 形式`;

const character = (c: JsonFoundCharacter): string =>
  'char' in c ? `的字符 "${c.char}"` : `的字符 ${c.codePoint}`;

function jsonExpected(e: JsonExpected): string {
  switch (e.kind) {
    case 'value':
      return '一个值';
    case 'propertyName':
      return '双引号中的属性名';
    case 'commentClose':
      return '用 "*/" 结束注释';
    case 'colon':
      return `属性名 "${e.key}" 后面的 ":"`;
    case 'nameOrClose':
      return `属性名，或用 "}" 结束第 ${e.line} 行第 ${e.column} 列开始的对象`;
    case 'commaOrClose':
      return e.container === 'object'
        ? `","，或用 "}" 结束第 ${e.line} 行第 ${e.column} 列开始的对象`
        : `","，或用 "]" 结束第 ${e.line} 行第 ${e.column} 列开始的数组`;
  }
}

const numberFault: Record<JsonNumberFault, string> = {
  plusSign: 'JSON 数字不能以 "+" 开头',
  leadingDot: '请在小数点前写一个 0',
  leadingZero: '不允许有前导零',
  noFractionDigits: '小数点后至少要写一位数字',
  invalid: '它不是有效的 JSON 数字',
};

export const diagnosticsZhHans: DiagnosticWording = {
  TS1001: () => '文档为空：应为一个 JSON 对象。',
  TS1002: (c, e) => `意外${character(c)}：应为${jsonExpected(e)}。`,
  TS1003: (e) => `文档意外结束：应为${jsonExpected(e)}。`,
  TS1004: (container) =>
    `尾随逗号：JSON 不允许在最后一个${container === 'object' ? '属性' : '数组元素'}之后加逗号。请删除它。`,
  TS1005: () => 'JSON 中不允许有注释。请删除注释。',
  TS1006: () => '字符串必须使用双引号 (")，而不是单引号 (\')。',
  TS1007: (key) => `属性名必须放在双引号中：写成 "${key}"。`,
  TS1008: () => '字符串没有结束：请加上结尾的双引号 (")。',
  TS1009: (sequence) =>
    `无效的转义序列 ${sequence}：JSON 只允许 \\" \\\\ \\/ \\b \\f \\n \\r \\t 和 \\uXXXX。字面的反斜杠请写成 \\\\。`,
  TS1010: (codePoint) => `字符串中的控制字符 ${codePoint} 必须转义（例如 \\n 或 \\t）。`,
  TS1011: (raw, fault) => `无效的数字 ${raw}：${numberFault[fault]}。`,
  TS1012: (container) => `${container === 'object' ? '属性' : '数组元素'}之间缺少逗号。`,
  TS1013: () => 'JSON 值结束之后还有内容：一个文档只能包含一个值。',
  TS1014: (limit) => `文档嵌套超过 ${limit} 层；任何策略都不需要这么深。`,
  TS1015: (word, suggestion) =>
    `意外的单词${q(word)}：JSON 值只能是双引号中的字符串、数字、true、false、null、对象或数组。${didYouMean(suggestion)}`,
  TS1016: (key) => `属性名 "${key}" 后面应为 ":"。`,
  TS1017: (codePoint) =>
    `字符 ${codePoint} 看起来像空格，但不是 JSON 空白字符（常见于从网页粘贴的内容）。请换成普通空格。`,
  TS1018: () => '弯引号（“、”、‘、’）不是 JSON 引号：请使用直双引号 (")。',

  TS2001: (f) => `策略文档必须是 JSON 对象，但这是${found(f)}。`,
  TS2002: (name, suggestion) =>
    `未知的策略元素${q(name)}：策略只有 Version、Id 和 Statement。${didYouMean(suggestion)}`,
  TS2003: (name) => `${q(name)}在此处出现了不止一次；AWS 会拒绝重复的元素。这里只使用第一个。`,
  TS2004: (s, e, f) => `${subject(s)}必须是${expected[e]}，但这是${found(f)}。`,
  TS2005: () => '策略没有 Statement 元素。',
  TS2006: () =>
    '没有 Version 元素：AWS 会将策略视为 "2008-10-17"，此时 ${aws:username} 等策略变量只是字面文本。请添加 "Version": "2012-10-17"。',
  TS2007: (value) => `无效的 Version ${q(value)}：有效值只有 "2012-10-17"（当前版本）和 "2008-10-17"。`,
  TS2008: (variable, v) =>
    `${variable} 是字面文本，不是策略变量，因为策略的 Version ${version(v)}。策略变量需要 "Version": "2012-10-17"。`,
  TS2009: (k) => `Id 元素用于基于资源的策略；IAM 不接受${kind[k]}中的 Id 元素。`,
  TS2010: (size, limit, p) =>
    `该策略长 ${size} 个字符（不计空白字符）；${placement[p]}的上限为 ${limit}。${quotaNote[p]}`,
  TS2011: (reason) => `无法将该策略值转换为 JSON：${notSerializable(reason)}。`,

  TS3001: (name, suggestion) =>
    `未知的语句元素${q(name)}：语句包含 Sid、Effect、Principal、NotPrincipal、Action、NotAction、Resource、NotResource 和 Condition。${didYouMean(suggestion)}`,
  TS3002: () => '该语句没有 Effect：请添加 "Effect": "Allow" 或 "Effect": "Deny"。',
  TS3003: (value, suggestion) =>
    suggestion === undefined
      ? `无效的 Effect ${q(value)}：它必须正好是 "Allow" 或 "Deny"。`
      : `无效的 Effect ${q(value)}：Effect 区分大小写，请写成 "${suggestion}"。`,
  TS3004: () => '一条语句不能同时包含 Action 和 NotAction：请只保留其一。',
  TS3005: () => '该语句需要 Action 或 NotAction 元素。',
  TS3006: () => '一条语句不能同时包含 Resource 和 NotResource：请只保留其一。',
  TS3007: (k) => `${kind[k]}中的语句需要 Resource 或 NotResource 元素。`,
  TS3008: (sid, line) => `Sid ${q(sid)} 已被第 ${line} 行的语句使用；同一策略中的 Sid 必须唯一。`,
  TS3009: (sid) =>
    `Sid ${q(sid)} 包含 A-Z、a-z 和 0-9 以外的字符；IAM 只接受由字母和数字组成的 Sid（SQS、SNS 等部分服务允许更多字符）。`,
  TS3010: (element) => `${element} 是空列表：它必须至少指定一个值。`,

  TS4001: (k) => `${kind[k]}中不允许使用 Principal：主体就是该策略所附加到的对象。`,
  TS4002: (k) => `${kind[k]}中的语句必须说明它适用于谁：请添加 Principal 元素。`,
  TS4003: (k) => `${kind[k]}中不允许使用 NotPrincipal。`,
  TS4004: () =>
    'NotPrincipal 与 "Allow" 一起使用会向未列出的所有人授予访问权限，包括匿名用户；AWS 不建议这样做。请使用 "Principal": "*"，并在 aws:PrincipalArn 上加 ArnNotEquals 条件。',
  TS4005: (value) =>
    `${q(value)}：不能用通配符匹配主体名称或 ARN 的一部分。请单独使用 "*"，或使用 "Principal": "*" 并在 aws:PrincipalArn 上加 ArnLike 条件。`,
  TS4006: (key, suggestion) =>
    `未知的主体类型${q(key)}：请使用 AWS、Service、Federated 或 CanonicalUser。${didYouMean(suggestion)}`,
  TS4007: (type, value) => `无效的 ${type} 主体${q(value)}：应为 ${principalExpected[type]}。`,
  TS4008: (value) =>
    `${q(value)}是唯一主体 ID，而不是 ARN：它所指的角色或用户被删除后，IAM 会显示这种 ID。它不匹配任何主体，即使之后再创建同名的主体也一样。`,
  TS4010: (value) =>
    `${q(value)}在账户 ID 的位置写着 "aws"，就像分享前删除了账户 ID 的导出文件：它在这里不匹配任何主体。`,
  TS4009: () => '在资源控制策略 (RCP) 中 Principal 必须是 "*"：请改用条件来限制主体。',

  TS5001: (value) =>
    `无效的操作${q(value)}：它不匹配任何操作。请写成 "service:ActionName"（例如 "s3:GetObject"）或 "*"。`,
  TS5002: (prefix) => `未知的服务前缀${q(prefix)}：没有 AWS 服务使用它，因此该操作不匹配任何内容。`,
  TS5003: (prefix, action) => `服务${q(prefix)}没有操作${q(action)}：它不匹配任何内容。`,
  TS5004: (value) =>
    `无效的资源${q(value)}：请写成 ARN "arn:partition:service:region:account:resource"（以冒号分隔的六个部分）或 "*"。`,
  TS5005: (value) => `${q(value)}：资源 ARN 的服务部分不能使用通配符。`,
  TS5006: (value) => `${q(value)}：策略变量只能用在 ARN 的资源部分（第五个冒号之后）。`,

  TS6001: (operator, suggestion) => `未知的条件运算符${q(operator)}。${didYouMean(suggestion)}`,
  TS6002: (qualifier, key) =>
    `${qualifier} 用于多值键，但 ${key} 是单值键；请去掉 ${qualifier}: 前缀。对单值键使用 ForAllValues 时，键不存在也为 true。`,
  TS6003: () => 'IfExists 后缀不能与 Null 运算符一起使用。',
  TS6004: (value) => `无效的 Null 值${q(value)}：请使用 "true"（键不存在）或 "false"（键存在）。`,
  TS6005: (value) => `无效的 Bool 值${q(value)}：请使用 "true" 或 "false"。`,
  TS6006: (operator, value) => `${operator} 需要数字，但${q(value)}不是数字（此处不允许使用策略变量）。`,
  TS6007: (operator, value) =>
    `${operator} 需要 ISO 8601 日期（例如 "2024-01-31T12:00:00Z"）或以秒为单位的 Unix 时间，但得到的是${q(value)}。`,
  TS6008: (operator, value) =>
    `${operator} 需要 IPv4 或 IPv6 地址或 CIDR 范围（例如 "203.0.113.0/24"），但得到的是${q(value)}。`,
  TS6009: (key) => `条件键 ${key} 没有值。`,
};
