/**
 * src/sdp/candidate.ts: candidate lines as Chromium and Firefox write them parse field by field;
 * strings the grammar (RFC 8839 section 5.1) rules out give null; every `a=candidate:` line of the
 * shared SDP fixtures parses, and agrees with sdp-transform's reading of it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCandidate, type ParsedCandidate } from '../../../src/sdp/candidate';
import { parseSdp } from '../../../src/sdp/read';
import { fixture, fixtures } from './fixtures';

type Fields = { -readonly [K in keyof ParsedCandidate]: ParsedCandidate[K] };

/** Every field, with the defaults of a UDP host candidate without extensions. */
function fields(overrides: Partial<Fields>): Fields {
  return {
    foundation: '',
    component: 'rtp',
    priority: 0,
    address: '',
    protocol: 'udp',
    port: 0,
    type: 'host',
    tcpType: null,
    relatedAddress: null,
    relatedPort: null,
    usernameFragment: null,
    ...overrides,
  };
}

function parsed(line: string): Fields {
  const result = parseCandidate(line);
  assert.ok(result, 'parses: ' + line);
  return { ...result };
}

describe('parseCandidate: Chromium', () => {
  it('a host candidate on IPv4 with the generation/ufrag/network-id/network-cost extensions', () => {
    assert.deepEqual(
      parsed('candidate:842163049 1 udp 2122260223 192.168.1.5 51834 typ host generation 0 ufrag EsAw network-id 1 network-cost 10'),
      fields({ foundation: '842163049', priority: 2122260223, address: '192.168.1.5', port: 51834, usernameFragment: 'EsAw' }),
    );
  });

  it('a host candidate on IPv6', () => {
    assert.deepEqual(
      parsed('candidate:1510613869 1 udp 2122262783 2001:db8:85a3::8a2e:370:7334 56143 typ host generation 0 ufrag EsAw network-id 2 network-cost 10'),
      fields({ foundation: '1510613869', priority: 2122262783, address: '2001:db8:85a3::8a2e:370:7334', port: 56143, usernameFragment: 'EsAw' }),
    );
  });

  it('an mDNS host candidate (<uuid>.local), as Chromium 156 gathers it', () => {
    assert.deepEqual(
      parsed('candidate:1985321126 1 udp 2113937151 3575a9a7-b7f1-40a2-98cc-ca2e0c514893.local 57257 typ host generation 0 network-cost 999'),
      fields({ foundation: '1985321126', priority: 2113937151, address: '3575a9a7-b7f1-40a2-98cc-ca2e0c514893.local', port: 57257 }),
    );
  });

  it('a server-reflexive candidate with raddr and rport', () => {
    assert.deepEqual(
      parsed('candidate:3528925834 1 udp 1686052607 203.0.113.7 51834 typ srflx raddr 192.168.1.5 rport 51834 generation 0 ufrag EsAw network-id 1 network-cost 10'),
      fields({
        foundation: '3528925834', priority: 1686052607, address: '203.0.113.7', port: 51834, type: 'srflx',
        relatedAddress: '192.168.1.5', relatedPort: 51834, usernameFragment: 'EsAw',
      }),
    );
  });

  it('a server-reflexive candidate with the hidden related address (raddr 0.0.0.0 rport 0)', () => {
    assert.deepEqual(
      parsed('candidate:2425869405 1 udp 1685987071 203.0.113.7 61042 typ srflx raddr 0.0.0.0 rport 0 generation 0 ufrag EsAw network-id 1 network-cost 10'),
      fields({
        foundation: '2425869405', priority: 1685987071, address: '203.0.113.7', port: 61042, type: 'srflx',
        relatedAddress: '0.0.0.0', relatedPort: 0, usernameFragment: 'EsAw',
      }),
    );
  });

  it('a relay candidate', () => {
    assert.deepEqual(
      parsed('candidate:3745019216 1 udp 41885439 198.51.100.9 59452 typ relay raddr 203.0.113.7 rport 51834 generation 0 ufrag EsAw network-id 1 network-cost 10'),
      fields({
        foundation: '3745019216', priority: 41885439, address: '198.51.100.9', port: 59452, type: 'relay',
        relatedAddress: '203.0.113.7', relatedPort: 51834, usernameFragment: 'EsAw',
      }),
    );
  });

  it('a TCP candidate with tcptype, and an RTCP one', () => {
    assert.deepEqual(
      parsed('candidate:2999745851 1 tcp 1518283007 192.168.1.5 9 typ host tcptype active generation 0 ufrag EsAw network-id 1 network-cost 10'),
      fields({ foundation: '2999745851', priority: 1518283007, address: '192.168.1.5', port: 9, protocol: 'tcp', tcpType: 'active', usernameFragment: 'EsAw' }),
    );
    assert.deepEqual(
      parsed('candidate:842163049 2 udp 2122260222 192.168.1.5 51835 typ host generation 0'),
      fields({ foundation: '842163049', component: 'rtcp', priority: 2122260222, address: '192.168.1.5', port: 51835 }),
    );
  });
});

describe('parseCandidate: Firefox', () => {
  it('UDP in upper case, no extensions; the protocol is reported in lower case', () => {
    assert.deepEqual(
      parsed('candidate:0 1 UDP 2122252543 192.168.1.5 49760 typ host'),
      fields({ foundation: '0', priority: 2122252543, address: '192.168.1.5', port: 49760 }),
    );
  });

  it('mDNS host, srflx and relay candidates, component 2', () => {
    assert.deepEqual(
      parsed('candidate:1 2 UDP 2122252542 6bf7e80a-c546-4e44-91ea-a5adbcfd4970.local 56366 typ host'),
      fields({ foundation: '1', component: 'rtcp', priority: 2122252542, address: '6bf7e80a-c546-4e44-91ea-a5adbcfd4970.local', port: 56366 }),
    );
    assert.deepEqual(
      parsed('candidate:4 1 UDP 1686052863 203.0.113.7 49760 typ srflx raddr 192.168.1.5 rport 49760'),
      fields({ foundation: '4', priority: 1686052863, address: '203.0.113.7', port: 49760, type: 'srflx', relatedAddress: '192.168.1.5', relatedPort: 49760 }),
    );
    assert.deepEqual(
      parsed('candidate:5 1 UDP 92217087 198.51.100.9 60315 typ relay raddr 198.51.100.9 rport 60315'),
      fields({ foundation: '5', priority: 92217087, address: '198.51.100.9', port: 60315, type: 'relay', relatedAddress: '198.51.100.9', relatedPort: 60315 }),
    );
  });

  it('a TCP candidate (TCP in upper case) and an IPv6 one', () => {
    assert.deepEqual(
      parsed('candidate:2 1 TCP 2105524479 192.168.1.5 9 typ host tcptype active'),
      fields({ foundation: '2', priority: 2105524479, address: '192.168.1.5', port: 9, protocol: 'tcp', tcpType: 'active' }),
    );
    assert.deepEqual(
      parsed('candidate:3 1 UDP 2122187007 2001:db8::1 54321 typ host'),
      fields({ foundation: '3', priority: 2122187007, address: '2001:db8::1', port: 54321 }),
    );
  });
});

describe('parseCandidate: the lenient cases', () => {
  const HOST = 'candidate:1 1 udp 2122260223 127.0.0.1 9 typ host';
  const HOST_FIELDS = fields({ foundation: '1', priority: 2122260223, address: '127.0.0.1', port: 9 });

  it('an a= prefix, as the SDP line carries it', () => {
    assert.deepEqual(parsed('a=' + HOST), HOST_FIELDS);
    assert.deepEqual(parsed('a=candidate:0 1 UDP 2122252543 192.168.1.5 49760 typ host'), fields({ foundation: '0', priority: 2122252543, address: '192.168.1.5', port: 49760 }));
  });

  it('surrounding whitespace, a CRLF, runs of spaces', () => {
    assert.deepEqual(parsed('  ' + HOST + '\r\n'), HOST_FIELDS);
    assert.deepEqual(parsed('candidate:1  1 udp   2122260223 127.0.0.1 9  typ host'), HOST_FIELDS);
  });

  it('keywords and the candidate type in any case; the type is reported in lower case', () => {
    assert.deepEqual(parsed('CANDIDATE:1 1 udp 2122260223 127.0.0.1 9 TYP HOST'), HOST_FIELDS);
  });

  it('an odd trailing token and unknown extensions are ignored', () => {
    assert.deepEqual(parsed(HOST + ' generation'), HOST_FIELDS);
    assert.deepEqual(parsed(HOST + ' x-future value network-id 3'), HOST_FIELDS);
  });

  it('the boundaries: port 0 and 65535, a 10-digit priority, a 32-character foundation of ice-chars', () => {
    assert.equal(parsed('candidate:1 1 udp 1 127.0.0.1 0 typ host').port, 0);
    assert.equal(parsed('candidate:1 1 udp 1 127.0.0.1 65535 typ host').port, 65535);
    assert.equal(parsed('candidate:1 1 udp 4294967295 127.0.0.1 9 typ host').priority, 4294967295);
    const foundation = 'aZ09+/'.repeat(5) + 'ab';
    assert.equal(foundation.length, 32);
    assert.equal(parsed('candidate:' + foundation + ' 1 udp 1 127.0.0.1 9 typ host').foundation, foundation);
  });
});

describe('parseCandidate: keywords and values the header comment promises', () => {
  it('raddr/rport in upper case are the related address and port ("any case for keywords"; ABNF literals are case-insensitive)', () => {
    const got = parsed('candidate:1 1 udp 1686052607 203.0.113.7 9 typ srflx RADDR 192.168.1.5 RPORT 5');
    assert.equal(got.relatedAddress, '192.168.1.5');
    assert.equal(got.relatedPort, 5);
  });

  it('tcpType is null for a UDP candidate, and only active, passive or so otherwise (ParsedCandidate.tcpType)', () => {
    assert.equal(parsed('candidate:1 1 udp 2122260223 127.0.0.1 9 typ host tcptype active').tcpType, null);
    const bogus = parseCandidate('candidate:1 1 tcp 1518283007 127.0.0.1 9 typ host tcptype bogus');
    assert.ok(bogus === null || bogus.tcpType === null, 'tcptype bogus gave ' + String(bogus?.tcpType));
  });

  it('raddr as the last token, with no address after it, is null (rel-addr = "raddr" SP connection-address)', () => {
    assert.equal(parseCandidate('candidate:1 1 udp 1686052607 203.0.113.7 9 typ srflx raddr'), null);
  });
});

describe('parseCandidate: what the grammar rules out is null', () => {
  const cases: Array<[string, string]> = [
    ['empty', ''],
    ['garbage', 'garbage'],
    ['the prefix alone', 'candidate:'],
    ['one token', 'candidate:garbage'],
    ['no candidate: prefix', '1 1 udp 2122260223 127.0.0.1 9 typ host'],
    ['the a= prefix on garbage', 'a=garbage'],
    ['missing typ (7 fields)', 'candidate:1 1 udp 2122260223 127.0.0.1 9 host'],
    ['typ misspelt', 'candidate:1 1 udp 2122260223 127.0.0.1 9 type host'],
    ['typ without a type', 'candidate:1 1 udp 2122260223 127.0.0.1 9 typ'],
    ['fewer than 8 fields', 'candidate:1 1 udp 2122260223 127.0.0.1 9'],
    ['non-numeric port', 'candidate:1 1 udp 2122260223 127.0.0.1 notaport typ host'],
    ['negative port', 'candidate:1 1 udp 2122260223 127.0.0.1 -9 typ host'],
    ['port 65536', 'candidate:1 1 udp 2122260223 127.0.0.1 65536 typ host'],
    ['port 99999', 'candidate:1 1 udp 2122260223 127.0.0.1 99999 typ host'],
    ['six-digit port', 'candidate:1 1 udp 2122260223 127.0.0.1 100000 typ host'],
    ['non-numeric priority', 'candidate:1 1 udp high 127.0.0.1 9 typ host'],
    ['fractional priority', 'candidate:1 1 udp 1.5 127.0.0.1 9 typ host'],
    ['11-digit priority', 'candidate:1 1 udp 21222602230 127.0.0.1 9 typ host'],
    ['component 3', 'candidate:1 3 udp 2122260223 127.0.0.1 9 typ host'],
    ['component 0', 'candidate:1 0 udp 2122260223 127.0.0.1 9 typ host'],
    ['non-numeric component', 'candidate:1 rtp udp 2122260223 127.0.0.1 9 typ host'],
    ['a 33-character foundation', 'candidate:' + 'a'.repeat(33) + ' 1 udp 2122260223 127.0.0.1 9 typ host'],
    ['a foundation with "-"', 'candidate:ab-cd 1 udp 2122260223 127.0.0.1 9 typ host'],
    ['a foundation with "_"', 'candidate:ab_cd 1 udp 2122260223 127.0.0.1 9 typ host'],
    ['a foundation with "."', 'candidate:1.2 1 udp 2122260223 127.0.0.1 9 typ host'],
    ['an address with "/"', 'candidate:1 1 udp 2122260223 127.0.0.1/8 9 typ host'],
    ['an address with ","', 'candidate:1 1 udp 2122260223 127.0.0.1,2 9 typ host'],
    ['raddr with "*"', 'candidate:1 1 udp 1686052607 203.0.113.7 9 typ srflx raddr * rport 9'],
    ['raddr with "/"', 'candidate:1 1 udp 1686052607 203.0.113.7 9 typ srflx raddr 10.0.0.0/8 rport 9'],
    ['raddr with brackets', 'candidate:1 1 udp 1686052607 203.0.113.7 9 typ srflx raddr [::1] rport 9'],
    ['rport 65536', 'candidate:1 1 udp 1686052607 203.0.113.7 9 typ srflx raddr 192.168.1.5 rport 65536'],
    ['non-numeric rport', 'candidate:1 1 udp 1686052607 203.0.113.7 9 typ srflx raddr 192.168.1.5 rport x'],
  ];
  for (const [what, line] of cases) {
    it(what + ': ' + JSON.stringify(line), () => {
      assert.equal(parseCandidate(line), null);
    });
  }
});

describe('parseCandidate on the shared SDP fixtures', () => {
  /** Every a=candidate line of every fixture, found with a regular expression. */
  const lines = (): Array<{ name: string; line: string }> =>
    fixtures().flatMap((f) => (f.sdp.match(/^a=candidate:[^\r\n]*/gm) ?? []).map((line) => ({ name: f.name, line })));

  it('every a=candidate line parses (there are some: Chromium, Firefox and old TCP candidates)', () => {
    const all = lines();
    assert.ok(all.length >= 40, String(all.length) + ' candidate lines');
    for (const { name, line } of all) assert.ok(parseCandidate(line), name + ': ' + line);
  });

  it('agrees with sdp-transform on every field of every fixture candidate', () => {
    let compared = 0;
    for (const f of fixtures()) {
      const sdpLines = f.sdp.match(/^a=candidate:[^\r\n]*/gm) ?? [];
      const parsedLines = sdpLines.map((line) => parsed(line));
      const reference = parseSdp(f.sdp).media.flatMap((m) => m.candidates ?? []);
      assert.equal(parsedLines.length, reference.length, f.name);
      reference.forEach((ref, i) => {
        const got = parsedLines[i]!;
        const where = f.name + ' candidate ' + String(i);
        assert.equal(got.foundation, String(ref.foundation), where);
        assert.equal(got.component, ref.component === 1 ? 'rtp' : 'rtcp', where);
        assert.equal(got.protocol, ref.transport.toLowerCase(), where);
        assert.equal(got.priority, Number(ref.priority), where);
        assert.equal(got.address, ref.ip, where);
        assert.equal(got.port, ref.port, where);
        assert.equal(got.type, ref.type, where);
        assert.equal(got.relatedAddress, ref.raddr ?? null, where);
        assert.equal(got.relatedPort, ref.rport ?? null, where);
        assert.equal(got.tcpType, ref.tcptype ?? null, where);
        compared++;
      });
    }
    assert.ok(compared >= 40);
  });

  it('reads the old Chromium TCP candidates (active, passive, so; srflx over TCP) exactly', () => {
    const sdp = fixture('chrome-old-sdes-tcp-sctpmap.sdp').sdp;
    const line = (sdp.match(/^a=candidate:5 [^\r\n]*/m) ?? [])[0];
    assert.ok(line);
    assert.deepEqual(parsed(line), fields({
      foundation: '5', priority: 1684013055, address: '192.0.2.3', port: 45664, protocol: 'tcp', type: 'srflx',
      tcpType: 'passive', relatedAddress: '10.0.1.1', relatedPort: 8998,
    }));
    const types = (sdp.match(/^a=candidate:[^\r\n]*/gm) ?? []).map((l) => parsed(l).tcpType);
    assert.deepEqual(types, [null, 'active', 'active', 'passive', 'so', 'active', 'passive', 'so']);
  });
});
