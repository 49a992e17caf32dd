/** The part of the Web Storage API the runtime uses, so tests can pass a fake. */
export type StorageLike = {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
};

export class MemoryStorage implements StorageLike {
  private map = new Map<string, string>();
  get length(): number {
    return this.map.size;
  }
  getItem(key: string): string | null {
    return this.map.has(key) ? this.map.get(key)! : null;
  }
  setItem(key: string, value: string): void {
    this.map.set(key, String(value));
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }
}

/** localStorage when it works (it throws in some sandboxed iframes and privacy modes). */
export function browserStorage(get: () => StorageLike): StorageLike | null {
  try {
    const s = get();
    const probe = "cairn_probe";
    s.setItem(probe, "1");
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

export function readJson<T>(s: StorageLike, key: string): T | null {
  try {
    const raw = s.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as T);
  } catch {
    return null;
  }
}

/** false when the write failed (quota exceeded): the caller keeps working from memory. */
export function writeJson(s: StorageLike, key: string, value: unknown): boolean {
  try {
    s.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function removeKey(s: StorageLike, key: string): void {
  try {
    s.removeItem(key);
  } catch {
    // nothing to do
  }
}

export function keysWithPrefix(s: StorageLike, prefix: string): string[] {
  const out: string[] = [];
  try {
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i);
      if (k !== null && k.startsWith(prefix)) out.push(k);
    }
  } catch {
    // unreadable storage: nothing to adopt
  }
  return out;
}
