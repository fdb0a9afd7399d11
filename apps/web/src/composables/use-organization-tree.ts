import { computed, reactive, ref, shallowRef } from 'vue';
import { answer, api, problemOf, type Problem, type Schemas } from '../api/client';

type Figures = Schemas['StatisticsFiguresResponse'];

/** An organisation as the tree shows it: children counted by the lookup, figures by the statistics API. */
export interface TreeNode {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly depth: number;
  readonly childCount: number;
  readonly registeredVolunteers: number | undefined;
  readonly activitiesHeld: number | undefined;
  readonly confirmedMinutes: number | undefined;
}

const PAGE = 100;

async function everyChild(id: string, minPosition?: number): Promise<Schemas['OrganizationChildResponse'][]> {
  const children: Schemas['OrganizationChildResponse'][] = [];
  let cursor: string | undefined;
  do {
    const page = await answer(
      api.GET('/api/v1/organizations/{id}/children', {
        params: { path: { id }, query: { limit: PAGE, ...(cursor ? { cursor } : {}), minPosition } },
      }),
    );
    children.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return children;
}

function figuresOf(figures: Figures | undefined) {
  return {
    registeredVolunteers: figures?.registeredVolunteers,
    activitiesHeld: figures?.activitiesHeld,
    confirmedMinutes: figures?.confirmedMinutes,
  };
}

/**
 * The organisation tree from one root down, loaded a level at a time as nodes are expanded: each level is
 * the children lookup (names, child counts) and the statistics of the parent grouped by child (volunteers
 * registered, activities held and confirmed minutes of each child's subtree, all time).
 */
export function useOrganizationTree() {
  const nodes = reactive(new Map<string, TreeNode>());
  const childrenOf = reactive(new Map<string, string[]>());
  const expanded = reactive(new Set<string>());
  const loading = reactive(new Set<string>());
  const problem = shallowRef<Problem>();
  const rootId = ref<string>();

  async function load(id: string, minPosition?: number): Promise<void> {
    const parent = nodes.get(id);
    if (!parent) return;
    loading.add(id);
    problem.value = undefined;
    try {
      const [children, statistics] = await Promise.all([
        everyChild(id, minPosition),
        answer(
          api.GET('/api/v1/organizations/{id}/statistics', {
            params: { path: { id }, query: { groupBy: 'child', minPosition } },
          }),
        ),
      ]);
      const byChild = new Map(statistics.groups.map((group) => [group.key, group]));
      nodes.set(id, { ...parent, childCount: children.length, ...figuresOf(statistics.totals) });
      for (const child of children) {
        nodes.set(child.id, {
          id: child.id,
          name: child.name,
          kind: child.kind,
          depth: parent.depth + 1,
          childCount: child.childCount,
          ...figuresOf(byChild.get(child.id)),
        });
      }
      childrenOf.set(
        id,
        children.map((child) => child.id),
      );
    } catch (error) {
      problem.value = problemOf(error);
    } finally {
      loading.delete(id);
    }
  }

  async function open(id: string): Promise<void> {
    problem.value = undefined;
    nodes.clear();
    childrenOf.clear();
    expanded.clear();
    rootId.value = id;
    try {
      const node = await answer(api.GET('/api/v1/organizations/{id}', { params: { path: { id } } }));
      nodes.set(id, { ...node, depth: 0, childCount: 0, ...figuresOf(undefined) });
    } catch (error) {
      problem.value = problemOf(error);
      return;
    }
    expanded.add(id);
    await load(id);
  }

  async function toggle(id: string): Promise<void> {
    if (expanded.has(id)) {
      expanded.delete(id);
      return;
    }
    expanded.add(id);
    if (!childrenOf.has(id)) await load(id);
  }

  /** After a write under `id`: its level again, at least as fresh as the write, and the path above it. */
  async function refresh(id: string, minPosition: number): Promise<void> {
    expanded.add(id);
    const ancestors = pathTo(id);
    await Promise.all(ancestors.map((ancestor) => load(ancestor, minPosition)));
  }

  function pathTo(id: string): string[] {
    const path: string[] = [];
    let current: string | undefined = id;
    while (current !== undefined) {
      path.unshift(current);
      const child: string = current;
      current = [...childrenOf.entries()].find(([, children]) => children.includes(child))?.[0];
    }
    return path;
  }

  /** The rows shown: expanded levels; with a filter, every loaded match and the path down to it. */
  function rows(filter: string): TreeNode[] {
    const root = rootId.value;
    if (!root || !nodes.has(root)) return [];
    const wanted = filter.trim().toLowerCase();
    const matches = (node: TreeNode) =>
      node.name.toLowerCase().includes(wanted) || node.id.toLowerCase().includes(wanted);
    const walk = (id: string): TreeNode[] => {
      const node = nodes.get(id);
      if (!node) return [];
      const children = childrenOf.get(id) ?? [];
      if (wanted === '') return [node, ...(expanded.has(id) ? children.flatMap(walk) : [])];
      const below = children.flatMap(walk);
      return matches(node) || below.length > 0 ? [node, ...below] : [];
    };
    return walk(root);
  }

  return {
    nodes,
    childrenOf,
    expanded,
    loading,
    problem,
    rootId,
    root: computed(() => (rootId.value ? nodes.get(rootId.value) : undefined)),
    open,
    toggle,
    refresh,
    rows,
  };
}
