// Keeps the timeline's text readable at every zoom. placeLabels: no two labels overlap, measured on the rendered SVG
// (getBBox), in priority order: axis ticks, the "today" label, then mark labels; a mark label covers no mark, tries
// its other places (above the mark, or left of it in compact mode) and is otherwise left to the mark's tooltip.
// groupMarks: rounds at one place a few days apart share one label ("Washington ×5"), and in compact mode marks
// closer than a few pixels are drawn as one ("×3" when they were at different places), whose tooltip lists them all.
const GAP = 2;

export function placeLabels(svgRoot, { left, right, compact }) {
  const placed = [...svgRoot.querySelectorAll('text.undated-head')].map((t) => t.getBBox());
  const obstacles = [...svgRoot.querySelectorAll('g.mark .shape')].map((s) => s.getBBox());
  const clear = (box, list) => list.every((p) => box.x + box.width + GAP <= p.x || p.x + p.width + GAP <= box.x
    || box.y + box.height + GAP <= p.y || p.y + p.height + GAP <= box.y);
  const fits = (box, marks) => box.x >= left - 1 && box.x + box.width <= right && clear(box, placed) && (!marks || clear(box, obstacles));
  const keep = (el) => { const b = el.getBBox(); if (fits(b, false)) placed.push(b); else el.remove(); };
  svgRoot.querySelectorAll('.axis text, text.today-label').forEach(keep);
  const labels = [...svgRoot.querySelectorAll('text.mark-label')].map((el) => ({ el, box: el.getBBox() })).sort((a, b) => a.box.x - b.box.x);
  for (const { el, box } of labels) {
    const spot = moves(box, compact).map(([dx, dy]) => ({ dx, dy, box: { ...plain(box), x: box.x + dx, y: box.y + dy } })).find((m) => fits(m.box, true));
    if (!spot) { el.remove(); continue; }
    el.setAttribute('x', String(Number(el.getAttribute('x')) + spot.dx));
    el.setAttribute('y', String(Number(el.getAttribute('y')) + spot.dy));
    placed.push(spot.box);
  }
}

/** Where a label may go: beside its mark, right then left (compact); or below, above, and each shifted to one side. */
function moves(box, compact) {
  if (compact) return [[0, 0], [-(box.width + 18), 0]];
  const up = -(box.height + 20);
  const side = box.width / 2 - 6;
  return [[0, 0], [0, up], [side, 0], [side, up], [-side, 0], [-side, up]];
}

const plain = (b) => ({ x: b.x, y: b.y, width: b.width, height: b.height });

/** Groups a lane's marks at the current scale: returns [{ mark, members, label, title }] in time order. */
export function groupMarks(marks, x, compact, { near = 14, within = 36 } = {}) {
  const groups = [];
  for (const m of [...marks].sort((a, b) => x(a) - x(b))) {
    const g = groups.findLast((c) => c.members[0].label || compact);
    const head = g?.members[0];
    const sameLabel = head && m.label && m.label === head.label && m.kind === head.kind && x(m) - x(head) <= within;
    if (g && (sameLabel || (compact && g === groups.at(-1) && x(m) - x(head) <= near))) g.members.push(m);
    else groups.push({ members: [m] });
  }
  return groups.map(({ members }) => {
    const [first] = members;
    const one = members.length === 1;
    const shared = members.every((m) => m.label === first.label);
    return { mark: first, members, title: members.map((m) => m.title).join('\n'),
      label: one ? first.label : shared && first.label ? `${first.label} ×${members.length}` : `×${members.length}` };
  });
}
