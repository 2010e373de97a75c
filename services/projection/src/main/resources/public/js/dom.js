// Builds elements from data with textContent only, so nothing from the API is ever parsed as HTML.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAll(node, attrs);
  append(node, children);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAll(node, attrs);
  append(node, children);
  return node;
}

function setAll(node, attrs) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
}

function append(node, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function replace(container, ...children) {
  container.replaceChildren();
  append(container, children);
}
