import { BarChart, PieChart } from 'echarts/charts';
import { GridSimpleComponent } from 'echarts/components';
import { type EChartsCoreOption, init, use, type ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { onBeforeUnmount, onMounted, type Ref, watch } from 'vue';

// Only the parts the pages draw: bars and a pie on axes, labelled on the chart itself (a phone has no hover,
// so no tooltips). The figures behind each chart are also in a table for screen readers.
use([BarChart, PieChart, GridSimpleComponent, CanvasRenderer]);

/** Draws `option()` into the element, redraws when it changes, follows the element's size. */
export function useChart(element: Ref<HTMLElement | undefined>, option: () => EChartsCoreOption): void {
  let chart: ECharts | undefined;
  let observer: ResizeObserver | undefined;
  onMounted(() => {
    if (!element.value) return;
    chart = init(element.value, undefined, { renderer: 'canvas' });
    chart.setOption(option());
    observer = new ResizeObserver(() => chart?.resize());
    observer.observe(element.value);
  });
  watch(option, (next) => chart?.setOption(next, true));
  onBeforeUnmount(() => {
    observer?.disconnect();
    chart?.dispose();
  });
}
