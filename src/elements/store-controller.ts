import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReadableAtom } from 'nanostores';

/**
 * Re-renders its element whenever a store changes, while the element is on the page. `listen`,
 * not `subscribe`: the element renders the current value anyway when it connects.
 */
export class StoreController<Value> implements ReactiveController {
  private readonly _host: ReactiveControllerHost;
  private readonly _store: ReadableAtom<Value>;
  private _unlisten: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, store: ReadableAtom<Value>) {
    this._host = host;
    this._store = store;
    host.addController(this);
  }

  /** The store's current value. */
  get value(): Value {
    return this._store.get();
  }

  hostConnected(): void {
    this._unlisten = this._store.listen(() => this._host.requestUpdate());
  }

  hostDisconnected(): void {
    this._unlisten?.();
  }
}
