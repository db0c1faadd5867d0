/** Thrown by src/patch/ when a target cannot be patched (frozen, non-configurable, missing). */
export class PatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PatchError';
  }
}
