// What the preview shows after a publish: the draft's temporary link and its QR code. The texts
// come localized from the extension; the webview only draws them.
import type { QrPath } from './qr';

export interface DraftLinkView {
  url: string;
  qr: QrPath;
  /** "In the draft box" line: what was published and when. */
  heading: string;
  /** "Scan with WeChat" under the code. */
  scan: string;
  /** The link's own text ("Open the draft"). */
  open: string;
  /** That the link is temporary. */
  note: string;
  /** Hide button label. */
  close: string;
}
