// The one platform API pure code may use: TextDecoder exists in Node, browsers and workers
// alike. Declared here so src/core compiles with neither DOM nor Node types.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
