/**
 * Stand-ins for values a plan knows only after apply: names made from the Terraform address (so the
 * graph and every problem point at the resource block), and ids AWS makes up at random (an instance
 * id, a KMS key id) made from a hash of the address, so the same plan always gives the same ones.
 */

/** `module.eks.aws_iam_role.node["a"]` → `module.eks.aws_iam_role.node.a`, in IAM's name characters. */
export function placeholderName(address: string, max = 64): string {
  const plain = address.replace(/\["?([^"\]]*)"?\]/g, '.$1').replace(/[^\w+=,.@-]/g, '-');
  return plain.length <= max ? plain : plain.slice(plain.length - max);
}

/** `length` lower-case hex digits from the address (FNV-1a, 32 bits, chained). */
export function placeholderHex(address: string, length: number): string {
  let out = '';
  let hash = 0x811c9dc5;
  for (let round = 0; out.length < length; round++) {
    for (const char of `${round}:${address}`) {
      hash ^= char.charCodeAt(0);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    out += hash.toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}
