// A model of what the WeChat editor (mp.weixin.qq.com) does to pasted HTML, for the paste-survival
// test. WeChat publishes no whitelist (platform rules §3.20), so each behaviour below is one the
// rules file documents, with its section number; where a source is contested (§3.8) the model takes
// the stricter reading, so the export has to survive the worst case.
//
// It runs inside the page: keep it one self-contained function (no imports, no outer helpers).

export interface FilterLog {
  removedElements: string[];
  removedAttributes: string[];
  droppedStyles: number;
  filteredImages: number;
  unlinked: number;
  flattenedLists: number;
}

export function wechatPasteFilter(root: HTMLElement): FilterLog {
  const log: FilterLog = { removedElements: [], removedAttributes: [], droppedStyles: 0, filteredImages: 0, unlinked: 0, flattenedLists: 0 };
  // §3.1 scripts are removed; §3.6 <style>/<link> are not kept; §3.16 video/audio (and iframes,
  // reported filtered in §3.17) are removed; §3.13 task-list <input>s are unsupported.
  for (const el of Array.from(root.querySelectorAll('script, style, link, meta, iframe, video, audio, object, embed, input, noscript, template'))) {
    log.removedElements.push(el.tagName.toLowerCase());
    el.remove();
  }
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      // §3.6 class-based CSS is not kept; §3.7 ids and event handlers are removed.
      if (attr.name === 'class' || attr.name === 'id' || attr.name.startsWith('on')) {
        log.removedAttributes.push(attr.name);
        el.removeAttribute(attr.name);
      }
    }
    const style = el.getAttribute('style');
    if (style !== null) {
      // §3.8 position/transform are stripped, and (doocs/md#1944, anchors A1) one unsupported
      // declaration costs the whole attribute.
      if (/(^|;)\s*(position|transform)\s*:/i.test(style)) {
        el.removeAttribute('style');
        log.droppedStyles++;
      } else {
        // §3.11 pure black colour is swallowed.
        const kept = style.replace(/(^|;)\s*color\s*:\s*(#000(000)?|black|rgb\(\s*0\s*,\s*0\s*,\s*0\s*\))\s*(?=;|$)/gi, '$1');
        if (kept !== style) {
          el.setAttribute('style', kept);
          log.droppedStyles++;
        }
      }
    }
    if (el.tagName === 'IMG') {
      // §3.2 only images on WeChat's hosts (mmbiz.qpic.cn) survive.
      const src = el.getAttribute('src') ?? '';
      if (!/^https?:\/\/([a-z0-9-]+\.)*(qpic|qlogo)\.cn\//i.test(src)) {
        el.removeAttribute('src');
        log.filteredImages++;
      }
    }
    if (el.tagName === 'A') {
      // §3.4 only mp.weixin.qq.com links stay links; §3.5 in-page anchors lose their href.
      const href = el.getAttribute('href') ?? '';
      if (!/^https?:\/\/mp\.weixin\.qq\.com([/?#]|$)/i.test(href)) {
        el.removeAttribute('href');
        log.unlinked++;
      }
    }
  }
  // §3.12 only two levels of lists render: deeper lists are lifted out of their item.
  const depth = (el: Element) => {
    let d = 0;
    for (let p: Element | null = el; p && p !== root; p = p.parentElement) if (p.tagName === 'UL' || p.tagName === 'OL') d++;
    return d;
  };
  for (const list of Array.from(root.querySelectorAll('ul ul ul, ul ul ol, ul ol ul, ul ol ol, ol ul ul, ol ul ol, ol ol ul, ol ol ol'))) {
    if (depth(list) < 3) continue;
    const li = list.closest('li');
    if (li && li.parentElement) {
      li.parentElement.insertBefore(list, li.nextSibling);
      log.flattenedLists++;
    }
  }
  // §3.13 whitespace is normalised, in code blocks too: runs of spaces, tabs and newlines in text
  // become one space (no-break spaces are characters, not whitespace, and survive).
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  for (const t of texts) {
    const collapsed = t.data.replace(/[ \t\n\r\f]+/g, ' ');
    if (collapsed !== t.data) t.data = collapsed;
  }
  return log;
}
