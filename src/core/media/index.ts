export * from './types';
export { probeMedia, type ProbeResult } from './probe';
