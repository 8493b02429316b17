// Hard limits on what a client may send, applied before boardgame.io sees it
// (STACK.md trap 17: a move with ~60k arguments overflows the stack).
export const LIMITS = {
  /** Largest HTTP request body the lobby reads, in bytes. */
  maxBodyBytes: 16 * 1024,
  /** Largest socket.io packet the server accepts, in bytes. */
  maxPacketBytes: 32 * 1024,
  /** Most arguments a move may carry (our largest move, counter, takes 3). */
  maxMoveArgs: 8,
  /** Longest chat message, in characters. */
  maxChatChars: 500,
  /** Chat messages kept per match. */
  maxChatHistory: 200,
  /** Longest player name, in characters. */
  maxNameChars: 40,
} as const;
