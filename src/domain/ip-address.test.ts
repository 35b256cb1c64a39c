import fc from 'fast-check';
import { addressKey, addressRange } from './ip-address';

const MAPPED = '00000000000000000000ffff';

describe('addressKey', () => {
  it.each([
    ['10.1.2.3', `${MAPPED}0a010203`],
    ['::ffff:10.1.2.3', `${MAPPED}0a010203`],
    ['::FFFF:0a01:0203', `${MAPPED}0a010203`],
    ['2001:db8::1', '20010db8000000000000000000000001'],
    ['2001:0DB8:0:0:0:0:0:1', '20010db8000000000000000000000001'],
    ['::', '0'.repeat(32)],
  ])('%s → %s', (address, key) => expect(addressKey(address)).toBe(key));

  it.each([
    '',
    'unknown',
    '10.1.2',
    '10.1.2.3.4',
    '256.1.1.1',
    '010.1.2.3',
    '127.1',
    '0x7f.0.0.1',
    'fe80::1%eth0',
    ' 10.1.2.3',
    '10.1.2.3, 10.1.2.4',
    '2001:db8::/32',
  ])('no key for %j', (address) => expect(addressKey(address)).toBeUndefined());
});

describe('addressRange', () => {
  it.each([
    ['10.1.2.3', `${MAPPED}0a010203`, `${MAPPED}0a010203`],
    ['10.0.0.0/8', `${MAPPED}0a000000`, `${MAPPED}0affffff`],
    ['10.1.2.3/8', `${MAPPED}0a000000`, `${MAPPED}0affffff`],
    ['192.168.1.0/23', `${MAPPED}c0a80000`, `${MAPPED}c0a801ff`],
    ['0.0.0.0/0', `${MAPPED}00000000`, `${MAPPED}ffffffff`],
    ['10.1.2.3/32', `${MAPPED}0a010203`, `${MAPPED}0a010203`],
    ['2001:db8::/32', '20010db8000000000000000000000000', '20010db8ffffffffffffffffffffffff'],
    ['::/0', '0'.repeat(32), 'f'.repeat(32)],
  ])('%s covers %s..%s', (filter, low, high) =>
    expect(addressRange(filter)).toEqual({ low, high }),
  );

  it.each([
    '10.0.0.0/33',
    '2001:db8::/129',
    '10.0.0.0/',
    '10.0.0.0/-1',
    '10.0.0.0/8/8',
    '10.0.0.0/08x',
    'x/8',
    '10.0.0/8',
  ])('refuses %j', (filter) => expect(addressRange(filter)).toBeUndefined());

  const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255));
  const text4 = (parts: readonly number[]) => parts.join('.');
  const int4 = (parts: readonly number[]) => parts.reduce((value, part) => value * 256 + part, 0);

  it('an IPv4 address lies in a prefix exactly when its key lies in the range (32-bit arithmetic as oracle)', () => {
    fc.assert(
      fc.property(ipv4, ipv4, fc.integer({ min: 0, max: 32 }), (address, network, prefix) => {
        const size = 2 ** (32 - prefix);
        const inside = Math.floor(int4(address) / size) === Math.floor(int4(network) / size);
        const range = addressRange(`${text4(network)}/${prefix}`)!;
        const key = addressKey(text4(address))!;
        expect(range.low <= key && key <= range.high).toBe(inside);
      }),
    );
  });

  const ipv6 = fc.array(fc.nat(0xffff), { minLength: 8, maxLength: 8 });
  const big6 = (groups: readonly number[]) =>
    groups.reduce((value, group) => value * 65536n + BigInt(group), 0n);

  it('an IPv6 address lies in a prefix exactly when its key lies in the range (BigInt arithmetic as oracle)', () => {
    fc.assert(
      fc.property(ipv6, ipv6, fc.integer({ min: 0, max: 128 }), (address, network, prefix) => {
        const shift = BigInt(128 - prefix);
        const inside = big6(address) >> shift === big6(network) >> shift;
        const range = addressRange(
          `${network.map((group) => group.toString(16)).join(':')}/${prefix}`,
        )!;
        const key = addressKey(address.map((group) => group.toString(16)).join(':'))!;
        expect(range.low <= key && key <= range.high).toBe(inside);
      }),
    );
  });
});
