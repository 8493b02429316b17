// The game socket's refusal codes, shared by the server that sends them
// (src/server/sockets.ts, event `rejected`) and the client that translates them
// (src/client/net/rejections.ts), with an English reason for logs and clients that do not know the code.
export const REJECTION_CODES = [
  'noMatch', //      the match does not exist
  'unauthorized', // wrong credentials for the seat
  'syncFirst', //    the socket has not synced with this match
  'gameOver', //     the game has ended
  'notYourTurn', //  this seat owes nothing now
  'noSuchMove', //   no move of that name in this step
  'stale', //        the move was made on an old view
  'raced', //        another server instance moved the match on first
  'refused', //      the rules refused the move (INVALID_MOVE)
  'spectator', //    a spectator tried to move
  'notYourSeat', //  a move or chat message for another seat
  'malformed', //    the packet's shape or size
  'chatLength', //   a chat message too short or too long
  'chatSeated', //   chat from a socket without a seat
  'chatText', //     a chat message that is more than plain text (only the server writes bot notes)
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

export type Refusal = { readonly code: RejectionCode; readonly reason: string };
