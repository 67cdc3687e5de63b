import { atom } from 'nanostores';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSafeStorage } from '../../src/stores/safe-storage';

class MemoryStorage implements Storage {
  data = new Map<string, string>();
  failWrites = false;
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(key, value);
  }
}

/** Each test watches its own flag, as the site watches `$storageWorks`. */
let $storageWorks = atom(true);
beforeEach(() => {
  $storageWorks = atom(true);
});

describe('createSafeStorage', () => {
  it('reads and writes through to working storage', () => {
    const backing = new MemoryStorage();
    const storage = createSafeStorage(() => backing, $storageWorks);
    storage.k = 'v';
    expect(backing.getItem('k')).toBe('v');
    expect('k' in storage).toBe(true);
    expect(storage.k).toBe('v');
    delete storage.k;
    expect('k' in storage).toBe(false);
    expect($storageWorks.get()).toBe(true);
  });

  it('keeps working from memory when storage is missing altogether', () => {
    const storage = createSafeStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    }, $storageWorks);
    expect('k' in storage).toBe(false);
    storage.k = 'v';
    expect(storage.k).toBe('v');
    expect($storageWorks.get()).toBe(false);
  });

  it('keeps the newest value in memory when a write fails (quota full)', () => {
    const backing = new MemoryStorage();
    backing.setItem('k', 'old');
    backing.failWrites = true;
    const storage = createSafeStorage(() => backing, $storageWorks);
    storage.k = 'new';
    expect(storage.k).toBe('new');
    expect(backing.getItem('k')).toBe('old');
    expect($storageWorks.get()).toBe(false);
  });
});
