// A chart drawn by Apache ECharts (SVG renderer) from an ECharts option object that the server sets as JSON.
// Flow may set the "option" property before this script has loaded: the value is then re-applied on connect.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, AriaComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

class GsoiaChart extends HTMLElement {
  constructor() {
    super();
    this._option = null;
    this._chart = null;
    this._observer = null;
  }

  static get observedAttributes() {
    return ['option'];
  }

  attributeChangedCallback(name, oldValue, value) {
    if (name === 'option' && value !== oldValue) {
      this.option = value;
    }
  }

  set option(value) {
    this._option = typeof value === 'string' ? (value ? JSON.parse(value) : null) : value;
    this._render();
  }

  get option() {
    return this._option;
  }

  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    // a property Flow set before the element was upgraded sits on the instance: take it over
    if (Object.prototype.hasOwnProperty.call(this, 'option')) {
      const early = this.option;
      delete this.option;
      this.option = early;
    }
    this._observer = new ResizeObserver(() => {
      if (this._chart) {
        this._chart.resize();
      } else {
        this._render();
      }
    });
    this._observer.observe(this);
    this._render();
  }

  disconnectedCallback() {
    if (this._observer) {
      this._observer.disconnect();
      this._observer = null;
    }
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
  }

  _render() {
    if (!this.isConnected || !this._option || this.clientWidth === 0 || this.clientHeight === 0) {
      return;
    }
    if (!this._chart) {
      this._chart = echarts.init(this, null, { renderer: 'svg' });
      this._chart.on('click', (params) => {
        this.dispatchEvent(new CustomEvent('chart-click', {
          detail: { seriesIndex: params.seriesIndex, dataIndex: params.dataIndex },
        }));
      });
    }
    this._chart.setOption(this._option, true);
  }
}

if (!customElements.get('gsoia-chart')) {
  customElements.define('gsoia-chart', GsoiaChart);
}
