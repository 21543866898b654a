import { articleTitle } from '../../format/queries';
import { lengthRule } from '../support/length';

/** Platform rules §2.1/§8: the draft API documents 32 characters, the editor accepts 64. */
export const titleLength = lengthRule('title-length', 32, 64, articleTitle);
