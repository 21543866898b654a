export { registerPreview, PreviewManager, OPEN_COMMAND, OPEN_TO_SIDE_COMMAND, type CopyPayload } from './manager';
export { VIEW_TYPE } from './panel';
