// The in-process pub/sub for one server (boardgame.io does not export its own);
// several instances pass a Redis one instead.
import type { GenericPubSub } from 'boardgame.io/server';

/** A message between instances: boardgame.io's transport payload for one match. */
export type PubSubPayload = { readonly type: string; readonly args: ReadonlyArray<unknown> };

export const channelOf = (matchID: string): string => `MATCH-${matchID}`;

export const createLocalPubSub = (): GenericPubSub<PubSubPayload> => {
  const subscribers = new Map<string, Array<(payload: PubSubPayload) => void>>();
  return {
    publish: (channel, payload) => {
      for (const callback of subscribers.get(channel) ?? []) callback(payload);
    },
    subscribe: (channel, callback) => {
      subscribers.set(channel, [...(subscribers.get(channel) ?? []), callback]);
    },
    unsubscribeAll: (channel) => {
      subscribers.delete(channel);
    },
  };
};
