// socket.io's packet parser with one change: outgoing packets are always
// encoded as text, without socket.io's walk over every payload looking for
// binary attachments (hasBinary), which was about a third of the cost of
// encoding a ~10 KB state for each seat. Everything this server emits is
// JSON (states, logs, players, chat, rejections): a Buffer would reach the
// client as JSON ({ type: 'Buffer', data: [...] }), never as an attachment.
// The text format is socket.io-parser's own (protocol 5), so any socket.io 4
// client (boardgame.io's included) reads it unchanged; incoming packets use
// the stock decoder.
import { Decoder, Encoder, PacketType, protocol } from 'socket.io-parser';
import type { Packet } from 'socket.io-parser';

export class JsonEncoder extends Encoder {
  /** `<type>[<nsp>,][<id>][<json>]`, as socket.io-parser's encodeAsString writes a non-binary packet. */
  override encode(packet: Packet): string[] {
    if (packet.type === PacketType.BINARY_EVENT || packet.type === PacketType.BINARY_ACK) return super.encode(packet) as string[];
    let text = String(packet.type);
    if (packet.nsp && packet.nsp !== '/') text += `${packet.nsp},`;
    if (packet.id !== undefined && packet.id !== null) text += String(packet.id);
    if (packet.data !== undefined && packet.data !== null) text += JSON.stringify(packet.data);
    return [text];
  }
}

/** The `parser` option of socket.io's Server. */
export const jsonParser = { protocol, Encoder: JsonEncoder, Decoder };
