import { describe, it, expect } from 'vitest';
import {
  bytesEqual,
  cidrContains,
  compareDecimal,
  decodeBase64,
  parseCidr,
  parseDate,
  parseDecimal,
  parseIp,
  parseIpv6,
} from './values';

const cmp = (a: string, b: string): number => compareDecimal(parseDecimal(a)!, parseDecimal(b)!);

describe('decimals', () => {
  it('compares integers and decimals exactly', () => {
    expect(cmp('10', '9')).toBe(1);
    expect(cmp('-10', '9')).toBe(-1);
    expect(cmp('-10', '-9')).toBe(-1);
    expect(cmp('1.50', '1.5')).toBe(0);
    expect(cmp('007', '7')).toBe(0);
    expect(cmp('-0', '0')).toBe(0);
    expect(cmp('0.1', '0.09')).toBe(1);
    expect(cmp('9007199254740993', '9007199254740992')).toBe(1);
  });
  it('rejects non-numbers', () => {
    for (const s of ['', 'abc', '1e3', '1.2.3', '.', '-', ' 1']) expect(parseDecimal(s), s).toBeUndefined();
    expect(parseDecimal('.5')).toEqual({ negative: false, int: '', frac: '5' });
  });
});

describe('dates', () => {
  it('ISO 8601 and epoch seconds name the same instant', () => {
    expect(parseDate('2020-01-01T00:00:00Z')).toBe(Date.UTC(2020, 0, 1));
    expect(parseDate('1577836800')).toBe(Date.UTC(2020, 0, 1));
    expect(parseDate('2020-01-01T01:00:00+01:00')).toBe(Date.UTC(2020, 0, 1));
    expect(parseDate('2019-12-31T19:00:00-0500')).toBe(Date.UTC(2020, 0, 1));
    expect(parseDate('2020-01-01')).toBe(Date.UTC(2020, 0, 1));
    expect(parseDate('2020-01-01T00:00:00.5Z')).toBe(Date.UTC(2020, 0, 1) + 500);
  });
  it('rejects invalid dates', () => {
    for (const s of ['2020-02-30', '2020-13-01', 'yesterday', '2020-01-01T25:00:00Z'])
      expect(parseDate(s), s).toBeUndefined();
  });
});

describe('IP addresses', () => {
  it('IPv4 CIDR and bare addresses (= /32)', () => {
    const c = parseCidr('203.0.113.0/24')!;
    expect(cidrContains(c, parseIp('203.0.113.7')!)).toBe(true);
    expect(cidrContains(c, parseIp('203.0.114.7')!)).toBe(false);
    const bare = parseCidr('203.0.113.7')!;
    expect(bare.prefix).toBe(32);
    expect(cidrContains(bare, parseIp('203.0.113.8')!)).toBe(false);
    expect(cidrContains(parseCidr('0.0.0.0/0')!, parseIp('8.8.8.8')!)).toBe(true);
    expect(cidrContains(parseCidr('10.0.0.0/9')!, parseIp('10.127.0.1')!)).toBe(true);
    expect(cidrContains(parseCidr('10.0.0.0/9')!, parseIp('10.128.0.1')!)).toBe(false);
  });
  it('IPv6 CIDR with :: compression', () => {
    const c = parseCidr('2001:DB8:1234:5678::/64')!;
    expect(cidrContains(c, parseIp('2001:db8:1234:5678:abcd::1')!)).toBe(true);
    expect(cidrContains(c, parseIp('2001:db8:1234:5679::1')!)).toBe(false);
    expect(parseCidr('::1')!.prefix).toBe(128);
    expect(parseIpv6('::ffff:10.0.0.1')?.[15]).toBe(1);
  });
  it('families never mix and junk is rejected', () => {
    expect(cidrContains(parseCidr('10.0.0.0/8')!, parseIp('::ffff:10.0.0.1')!)).toBe(false);
    for (const s of ['256.0.0.1', '1.2.3', '1:2:3', '1::2::3', '10.0.0.0/33', 'fe80::1%eth0'])
      expect(parseCidr(s), s).toBeUndefined();
  });
});

describe('base64', () => {
  it('decodes with and without padding', () => {
    expect([...decodeBase64('QmluYXJ5')!]).toEqual([...'Binary'].map((c) => c.charCodeAt(0)));
    expect(bytesEqual(decodeBase64('YQ==')!, decodeBase64('YQ')!)).toBe(true);
    expect(decodeBase64('a!b=')).toBeUndefined();
  });
});
