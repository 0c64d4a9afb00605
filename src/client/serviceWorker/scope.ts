/**
 * The little of the service-worker global scope our workers use, typed here: the project's
 * TypeScript program has the DOM library, and the WebWorker library cannot share a program with it.
 */
export interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

export interface WindowClient {
  url: string;
  navigate(url: string): Promise<unknown>;
}

export interface WorkerScope {
  location: Location;
  registration: { unregister(): Promise<boolean> };
  clients: { claim(): Promise<void>; matchAll(options: { type: 'window' }): Promise<WindowClient[]> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
}

export const scope = self as unknown as WorkerScope;
