/**
 * Parses an ICE candidate attribute (RFC 8839 section 5.1, the grammar the spec's
 * RTCIceCandidate.candidate carries: https://w3c.github.io/webrtc-pc/#dom-rtcicecandidate-candidate)
 * into the fields RTCIceCandidate exposes. Pure; no DOM.
 *
 *   candidate:<foundation> <component-id> <transport> <priority> <connection-address> <port>
 *     typ <cand-type> [raddr <address>] [rport <port>] *(<extension-name> <extension-value>)
 *
 * Lenient where engines are (an `a=` prefix, several spaces, any case for keywords, an odd
 * trailing token), strict where the grammar leaves no doubt (missing fields, non-numeric numbers,
 * ranges), so that a string every engine would fail to add is recognised as such.
 */

export interface ParsedCandidate {
  readonly foundation: string;
  /** `rtp` for component-id 1, `rtcp` for 2 (https://w3c.github.io/webrtc-pc/#dom-rtcicecomponent). */
  readonly component: 'rtp' | 'rtcp';
  readonly priority: number;
  readonly address: string;
  /** Lower case, as RTCIceProtocol: `udp` or `tcp`. */
  readonly protocol: string;
  readonly port: number;
  readonly type: string;
  /** `active`, `passive` or `so` for TCP candidates, else null. */
  readonly tcpType: string | null;
  readonly relatedAddress: string | null;
  readonly relatedPort: number | null;
  /** The `ufrag` extension, else null. */
  readonly usernameFragment: string | null;
}

function isDigits(text: string, maxLength: number): boolean {
  if (text.length === 0 || text.length > maxLength) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** ice-char = ALPHA / DIGIT / "+" / "/" */
function isFoundation(text: string): boolean {
  if (text.length === 0 || text.length > 32) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!alnum && c !== 43 && c !== 47) return false;
  }
  return true;
}

/** An IPv4/IPv6 address or an FQDN (mDNS `<uuid>.local` included): no spaces, no controls. */
function isAddress(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ok = (c >= 48 && c <= 58) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46 || c === 95 || c === 37;
    if (!ok) return false;
  }
  return true;
}

function isPort(text: string): boolean {
  return isDigits(text, 5) && Number(text) <= 65535;
}

/** The candidate attribute parsed, or null when it does not follow the grammar. */
export function parseCandidate(candidate: string): ParsedCandidate | null {
  let text = candidate.trim();
  if (text.startsWith('a=')) text = text.slice(2);
  if (text.slice(0, 10).toLowerCase() !== 'candidate:') return null;
  const fields = text.slice(10).split(' ').filter((field) => field !== '');
  if (fields.length < 8) return null;
  const [foundation, componentId, transport, priority, address, port, typ, type] = fields as [
    string, string, string, string, string, string, string, string,
  ];
  if (!isFoundation(foundation) || !isDigits(componentId, 3) || !isDigits(priority, 10)) return null;
  if (transport.length === 0 || !isAddress(address) || !isPort(port)) return null;
  if (typ.toLowerCase() !== 'typ' || type.length === 0) return null;
  const component = Number(componentId);
  if (component !== 1 && component !== 2) return null;
  let relatedAddress: string | null = null;
  let relatedPort: number | null = null;
  let tcpType: string | null = null;
  let usernameFragment: string | null = null;
  const protocol = transport.toLowerCase();
  for (let i = 8; i < fields.length; i += 2) {
    const name = fields[i]!.toLowerCase();
    const value = fields[i + 1];
    // A lone trailing token is tolerated (engines ignore it), unless the grammar needs its value.
    if (value === undefined) {
      if (name === 'raddr' || name === 'rport') return null;
      break;
    }
    if (name === 'raddr') {
      if (!isAddress(value)) return null;
      relatedAddress = value;
    } else if (name === 'rport') {
      if (!isPort(value)) return null;
      relatedPort = Number(value);
    } else if (name === 'tcptype') {
      // RTCIceTcpCandidateType: only for TCP candidates, and only the three RFC 6544 types.
      const lower = value.toLowerCase();
      if (protocol === 'tcp' && (lower === 'active' || lower === 'passive' || lower === 'so')) tcpType = lower;
    } else if (name === 'ufrag') {
      usernameFragment = value;
    }
  }
  return {
    foundation,
    component: component === 1 ? 'rtp' : 'rtcp',
    priority: Number(priority),
    address,
    protocol,
    port: Number(port),
    type: type.toLowerCase(),
    tcpType,
    relatedAddress,
    relatedPort,
    usernameFragment,
  };
}
