// Errors a storage adapter may raise, which the server handles by name.

/**
 * `setState` found that the stored match moved on (its `_stateID` is no longer
 * the one this write was computed from): another server instance won the race.
 * The server then drops the losing update, broadcasts nothing, re-reads the
 * match and resyncs its clients from storage, so the match never forks.
 */
export class StaleStateError extends Error {
  override readonly name = 'StaleStateError';
  constructor(
    readonly matchID: string, // e.g. 'Xw3k9aQ2mP1'
    message = `Match ${matchID} moved on under another instance`,
  ) {
    super(message);
  }
}

export const isStaleStateError = (error: unknown): error is StaleStateError =>
  error instanceof StaleStateError || (error instanceof Error && error.name === 'StaleStateError');
