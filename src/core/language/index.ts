// Editor-language builders: pure functions from the document model to plain data. The VS Code
// adapters in src/vscode/language convert these results and nothing more.
export * from './completion';
export * from './counting';
export * from './delivery';
export * from './facts';
export * from './folding';
export * from './headings';
export * from './hover';
export * from './limits';
export * from './links';
export * from './mediaPaths';
export * from './sends';
export * from './status';
export * from './symbols';
export * from './texts';
