// <gsoia-bpmn-diagram>: a read-only BPMN diagram (bpmn-js NavigatedViewer) with the state of one case marked on it.
// Properties (set by the server): xml (BPMN 2.0 XML with diagram interchange) and state
// ({completed: [ids], active: [ids], incidents: [ids], taken: [flow ids]}).
// Light DOM on purpose: bpmn-js positions its overlays with document-level CSS, which is injected once below.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import diagramCss from 'bpmn-js/dist/assets/diagram-js.css?inline';
import bpmnCss from 'bpmn-js/dist/assets/bpmn-js.css?inline';

const OWN_CSS = `
gsoia-bpmn-diagram { display: block; position: relative; min-height: 320px; }
gsoia-bpmn-diagram .gsoia-bpmn-canvas { position: absolute; inset: 0; }
gsoia-bpmn-diagram .gsoia-bpmn-message { padding: var(--lumo-space-m, 1rem); color: var(--lumo-error-text-color, #b00); }
.djs-element.gsoia-completed .djs-visual > :nth-child(1) { stroke: #2e7d32 !important; fill: #e8f5e9 !important; }
.djs-element.gsoia-active .djs-visual > :nth-child(1) { stroke: #0b57d0 !important; stroke-width: 4px !important; fill: #e3edff !important; }
.djs-element.gsoia-incident .djs-visual > :nth-child(1) { stroke: #c62828 !important; stroke-width: 4px !important; fill: #ffebee !important; }
.djs-connection.gsoia-taken .djs-visual > path { stroke: #2e7d32 !important; stroke-width: 3px !important; }
.djs-connection.gsoia-taken .djs-visual > path[marker-end] { marker-end: none !important; }
`;

function injectStylesOnce() {
  if (document.getElementById('gsoia-bpmn-styles')) {
    return;
  }
  const style = document.createElement('style');
  style.id = 'gsoia-bpmn-styles';
  style.textContent = diagramCss + '\n' + bpmnCss + '\n' + OWN_CSS;
  document.head.appendChild(style);
}

class GsoiaBpmnDiagram extends HTMLElement {
  constructor() {
    super();
    this._xml = null;
    this._state = null;
    this._viewer = null;
    this._rendered = null;
  }

  set xml(value) {
    this._xml = value;
    this._render();
  }

  get xml() {
    return this._xml;
  }

  set state(value) {
    this._state = typeof value === 'string' ? JSON.parse(value) : value;
    this._render();
  }

  get state() {
    return this._state;
  }

  connectedCallback() {
    injectStylesOnce();
    // Flow may have set the properties before this element was defined: they then shadow our setters
    for (const name of ['xml', 'state']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    if (!this._canvas) {
      this._canvas = document.createElement('div');
      this._canvas.className = 'gsoia-bpmn-canvas';
      this.appendChild(this._canvas);
      this._resizeObserver = new ResizeObserver(() => this._fit());
      this._resizeObserver.observe(this);
    }
    this._render();
  }

  disconnectedCallback() {
    if (this._resizeObserver) {
      this._resizeObserver.disconnect();
      this._resizeObserver = null;
    }
    if (this._viewer) {
      this._viewer.destroy();
      this._viewer = null;
    }
    if (this._canvas) {
      this._canvas.remove();
      this._canvas = null;
    }
    this._rendered = null;
  }

  // The whole process when it is readable at this size; otherwise a readable zoom around what waits now
  _fit() {
    if (!this._viewer || this._rendered === null || this.clientWidth === 0 || this.clientHeight === 0) {
      return;
    }
    const canvas = this._viewer.get('canvas');
    canvas.resized();
    canvas.zoom('fit-viewport', 'auto');
    const active = ((this._state || {}).active || []).map((id) => this._viewer.get('elementRegistry').get(id)).filter(Boolean);
    if (canvas.viewbox().scale < 0.55 && active.length > 0) {
      canvas.zoom(0.8);
      const box = canvas.viewbox();
      const target = active[0];
      canvas.viewbox({
        x: target.x + target.width / 2 - box.width / 2,
        y: target.y + target.height / 2 - box.height / 2,
        width: box.width,
        height: box.height,
      });
    }
  }

  // one rendering at a time: setting xml and state in a row must not mark a diagram that is still importing
  _render() {
    this._queue = (this._queue || Promise.resolve()).then(() => this._renderNow());
    return this._queue;
  }

  async _renderNow() {
    if (!this._canvas || !this._xml) {
      return;
    }
    if (!this._viewer) {
      this._viewer = new NavigatedViewer({ container: this._canvas });
    }
    const canvas = this._viewer.get('canvas');
    if (this._rendered !== this._xml) {
      this._rendered = this._xml;
      this.removeAttribute('rendered');
      try {
        await this._viewer.importXML(this._xml);
      } catch (error) {
        this._rendered = null;
        this.setAttribute('failed', '');
        console.error('BPMN diagram could not be shown', error);
        return;
      }
    }
    const registry = this._viewer.get('elementRegistry');
    const marks = { 'gsoia-completed': 'completed', 'gsoia-active': 'active', 'gsoia-incident': 'incidents', 'gsoia-taken': 'taken' };
    registry.getAll().forEach((element) => Object.keys(marks).forEach((css) => canvas.removeMarker(element.id, css)));
    const state = this._state || {};
    Object.entries(marks).forEach(([css, key]) => {
      (state[key] || []).forEach((id) => {
        if (registry.get(id)) {
          canvas.addMarker(id, css);
        }
      });
    });
    this._fit();
    this.setAttribute('rendered', '');
  }
}

if (!customElements.get('gsoia-bpmn-diagram')) {
  customElements.define('gsoia-bpmn-diagram', GsoiaBpmnDiagram);
}
