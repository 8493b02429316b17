// The server's packet encoder writes exactly what socket.io's own writes for
// every JSON packet, so boardgame.io's client reads it unchanged.
import { Encoder, PacketType } from 'socket.io-parser';
import type { Packet } from 'socket.io-parser';
import { describe, expect, it } from 'vitest';
import { JsonEncoder } from '../../src/server/socket-parser';

const packets: Packet[] = [
  { type: PacketType.CONNECT, nsp: '/card-on-the-table', data: { sid: 'abc' } },
  { type: PacketType.CONNECT, nsp: '/' },
  { type: PacketType.DISCONNECT, nsp: '/card-on-the-table' },
  { type: PacketType.EVENT, nsp: '/card-on-the-table', data: ['update', 'm1', { G: { a: [1, 'x', null, { b: true }] }, ctx: { turn: 3 }, _stateID: 7 }, [{ action: {} }]] },
  { type: PacketType.EVENT, nsp: '/', data: ['rejected', { reason: 'It is not your turn to move', move: 'endTalks' }] },
  { type: PacketType.EVENT, nsp: '/card-on-the-table', id: 12, data: ['chat', 'm1', { payload: 'é "quoted" \\ ✓' }] },
  { type: PacketType.ACK, nsp: '/card-on-the-table', id: 3, data: [] },
  { type: PacketType.CONNECT_ERROR, nsp: '/card-on-the-table', data: { message: 'Not authorized' } },
];

describe('JsonEncoder', () => {
  it('encodes each JSON packet as socket.io-parser does', () => {
    for (const packet of packets) expect(new JsonEncoder().encode(packet)).toEqual(new Encoder().encode(packet));
  });
});
