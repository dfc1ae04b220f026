/** Shared by the policy tests: realistic AWS documents and small builders. Test-only. */
import type { Diagnostic, PolicyKind } from '../types';
import { parsePolicy, type ActionCatalog } from './parsePolicy';

export const at = (d: Diagnostic | undefined): string =>
  d === undefined ? 'none' : `${d.range.start.line}:${d.range.start.column}`;

/** A one-statement policy of the given kind, pretty-printed so positions are predictable. */
export function statementPolicy(
  statement: Record<string, unknown>,
  version: string | null = '2012-10-17',
): string {
  const doc: Record<string, unknown> = version === null ? {} : { Version: version };
  doc['Statement'] = [statement];
  return JSON.stringify(doc, null, 2);
}

export const allowS3 = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*' };

export function diagnosticsOf(text: string, kind: PolicyKind, catalog?: ActionCatalog): Diagnostic[] {
  return parsePolicy(text, kind, catalog === undefined ? {} : { catalog }).diagnostics;
}

export const IRSA_TRUST = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {
        "Federated": "arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE"
      },
      "Action": "sts:AssumeRoleWithWebIdentity",
      "Condition": {
        "StringEquals": {
          "oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:sub": "system:serviceaccount:default:my-service-account",
          "oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:aud": "sts.amazonaws.com"
        }
      }
    }
  ]
}`;

export const EC2_TRUST = `{
  "Version": "2012-10-17",
  "Statement": {
    "Effect": "Allow",
    "Principal": { "Service": "ec2.amazonaws.com" },
    "Action": "sts:AssumeRole"
  }
}`;

export const CROSS_ACCOUNT_TRUST = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "TrustPartner",
      "Effect": "Allow",
      "Principal": { "AWS": ["arn:aws:iam::444455556666:root", "444455556666", "arn:aws:iam::444455556666:role/Deployer"] },
      "Action": ["sts:AssumeRole", "sts:TagSession"],
      "Condition": {
        "StringEquals": { "sts:ExternalId": "Unique-ID-9f3a" },
        "Bool": { "aws:MultiFactorAuthPresent": true },
        "NumericLessThan": { "aws:MultiFactorAuthAge": 3600 }
      }
    }
  ]
}`;

export const S3_BUCKET_POLICY = `{
  "Version": "2012-10-17",
  "Id": "BucketPolicy",
  "Statement": [
    {
      "Sid": "AllowCloudFrontRead",
      "Effect": "Allow",
      "Principal": { "Service": "cloudfront.amazonaws.com" },
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::example-bucket/*",
      "Condition": { "ArnLike": { "AWS:SourceArn": "arn:aws:cloudfront::111122223333:distribution/*" } }
    },
    {
      "Sid": "DenyInsecureTransport",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "s3:*",
      "Resource": ["arn:aws:s3:::example-bucket", "arn:aws:s3:::example-bucket/*"],
      "Condition": { "Bool": { "aws:SecureTransport": "false" } }
    },
    {
      "Sid": "OfficeOnly",
      "Effect": "Deny",
      "NotPrincipal": { "AWS": ["arn:aws:iam::111122223333:root", "arn:aws:iam::111122223333:role/Admin"] },
      "Action": "s3:DeleteBucket",
      "Resource": "arn:aws:s3:::example-bucket",
      "Condition": { "NotIpAddress": { "aws:SourceIp": ["192.0.2.0/24", "2001:db8::/32", "203.0.113.7"] } }
    }
  ]
}`;

export const SCP_NOT_ACTION = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DenyOutsideApprovedRegions",
      "Effect": "Deny",
      "NotAction": ["iam:*", "organizations:*", "sts:*", "support:*"],
      "Resource": "*",
      "Condition": {
        "StringNotEquals": { "aws:RequestedRegion": ["eu-west-1", "eu-central-1"] },
        "ArnNotLike": { "aws:PrincipalARN": "arn:aws:iam::*:role/OrganizationAccountAccessRole" },
        "DateGreaterThan": { "aws:CurrentTime": "2024-01-01T00:00:00Z" }
      }
    }
  ]
}`;
