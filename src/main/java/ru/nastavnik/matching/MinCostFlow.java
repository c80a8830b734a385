package ru.nastavnik.matching;

import java.util.Arrays;

/**
 * Min-cost flow by successive shortest paths on an adjacency-list residual graph, for integer
 * capacities and costs. The first potentials come from Bellman-Ford, because the costs may be
 * negative; every later search is Dijkstra on reduced costs. After each Dijkstra the flow is pushed
 * along all the shortest paths it revealed at once (a blocking flow over edges of zero reduced cost,
 * as in the primal-dual method): with integer scores many pairs tie, so far fewer searches are
 * needed than augmenting paths.
 *
 * <p>Augmentation stops as soon as the cheapest path would not lower the total cost, so the result
 * is the minimum-cost flow of any size, not the minimum-cost maximum flow.
 *
 * <p>Edges are first collected, then laid out so that the arcs leaving a node are contiguous: the
 * searches scan hundreds of thousands of arcs many times, and scattered arcs would cost a cache
 * miss each.
 */
final class MinCostFlow {

  private static final long INF = Long.MAX_VALUE / 4;

  private final int nodeCount;
  private int edgeCount;
  private int[] edgeFrom;
  private int[] edgeTo;
  private int[] edgeCapacity;
  private long[] edgeCost;

  // The residual graph, built by layOut(): arcs of node u are firstArc[u] .. firstArc[u + 1] - 1.
  private int[] firstArc;
  private int[] to;
  private int[] capacity;
  private long[] cost;
  private int[] reverse;
  private int[] arcOfEdge;
  private long[] potential;

  MinCostFlow(int nodeCount, int expectedEdges) {
    this.nodeCount = nodeCount;
    int slots = Math.max(1, expectedEdges);
    edgeFrom = new int[slots];
    edgeTo = new int[slots];
    edgeCapacity = new int[slots];
    edgeCost = new long[slots];
  }

  /** Adds an edge (its reverse comes with it); returns the edge's number, for {@link #flow}. */
  int addEdge(int from, int target, int edgeCapacityValue, long edgeCostValue) {
    if (firstArc != null) {
      throw new IllegalStateException("Граф уже построен");
    }
    if (edgeCount == edgeFrom.length) {
      int slots = edgeFrom.length * 2;
      edgeFrom = Arrays.copyOf(edgeFrom, slots);
      edgeTo = Arrays.copyOf(edgeTo, slots);
      edgeCapacity = Arrays.copyOf(edgeCapacity, slots);
      edgeCost = Arrays.copyOf(edgeCost, slots);
    }
    edgeFrom[edgeCount] = from;
    edgeTo[edgeCount] = target;
    edgeCapacity[edgeCount] = edgeCapacityValue;
    edgeCost[edgeCount] = edgeCostValue;
    return edgeCount++;
  }

  /** Units of flow sent through the edge. */
  int flow(int edge) {
    return capacity[reverse[arcOfEdge[edge]]];
  }

  /**
   * The node's potential after {@link #minimize}: every arc left with free capacity has a
   * non-negative reduced cost {@code cost + potential(from) - potential(to)}, which proves the
   * flow optimal and lets a caller check arcs it did not add (see {@link OptimalAssignment}).
   */
  long potential(int node) {
    return potential[node];
  }

  /** Sends flow from source to sink while that lowers the cost; returns the total cost. */
  long minimize(int source, int sink) {
    layOut();
    potential = bellmanFord(source);
    long[] dist = new long[nodeCount];
    boolean[] settled = new boolean[nodeCount];
    int[] level = new int[nodeCount];
    int[] currentArc = new int[nodeCount];
    int[] pathArcs = new int[nodeCount];
    int[] queue = new int[nodeCount];
    IndexedHeap heap = new IndexedHeap(nodeCount);
    long totalCost = 0;
    while (dijkstra(source, sink, potential, dist, settled, heap)) {
      long pathCost = potential[sink] - potential[source];
      if (pathCost >= 0) {
        break;
      }
      // Every path of zero reduced cost is a shortest one: send along all of them before searching again.
      while (levels(source, sink, potential, level, queue)) {
        totalCost += pathCost * blockingFlow(source, sink, potential, level, currentArc, pathArcs);
      }
    }
    return totalCost;
  }

  private void layOut() {
    firstArc = new int[nodeCount + 1];
    for (int e = 0; e < edgeCount; e++) {
      firstArc[edgeFrom[e] + 1]++;
      firstArc[edgeTo[e] + 1]++;
    }
    for (int u = 0; u < nodeCount; u++) {
      firstArc[u + 1] += firstArc[u];
    }
    int arcs = 2 * edgeCount;
    to = new int[arcs];
    capacity = new int[arcs];
    cost = new long[arcs];
    reverse = new int[arcs];
    arcOfEdge = new int[edgeCount];
    int[] fill = Arrays.copyOf(firstArc, nodeCount);
    for (int e = 0; e < edgeCount; e++) {
      int forward = fill[edgeFrom[e]]++;
      int backward = fill[edgeTo[e]]++;
      to[forward] = edgeTo[e];
      capacity[forward] = edgeCapacity[e];
      cost[forward] = edgeCost[e];
      reverse[forward] = backward;
      to[backward] = edgeFrom[e];
      cost[backward] = -edgeCost[e];
      reverse[backward] = forward;
      arcOfEdge[e] = forward;
    }
    edgeFrom = null;
    edgeTo = null;
    edgeCapacity = null;
    edgeCost = null;
  }

  /** Shortest distances from the source over arcs with capacity; unreachable nodes get 0. */
  private long[] bellmanFord(int source) {
    long[] dist = new long[nodeCount];
    Arrays.fill(dist, INF);
    dist[source] = 0;
    for (int round = 0; round < nodeCount; round++) {
      boolean changed = false;
      for (int u = 0; u < nodeCount; u++) {
        if (dist[u] >= INF) {
          continue;
        }
        for (int a = firstArc[u]; a < firstArc[u + 1]; a++) {
          if (capacity[a] > 0 && dist[u] + cost[a] < dist[to[a]]) {
            dist[to[a]] = dist[u] + cost[a];
            changed = true;
          }
        }
      }
      if (!changed) {
        for (int v = 0; v < nodeCount; v++) {
          if (dist[v] >= INF) {
            dist[v] = 0;
          }
        }
        return dist;
      }
    }
    throw new IllegalStateException("Граф содержит цикл отрицательной стоимости");
  }

  /** Dijkstra on reduced costs, stopped once the sink is settled; updates the potentials. */
  private boolean dijkstra(int source, int sink, long[] potential, long[] dist, boolean[] settled, IndexedHeap heap) {
    Arrays.fill(dist, INF);
    Arrays.fill(settled, false);
    dist[source] = 0;
    heap.push(source, 0);
    while (!heap.isEmpty()) {
      int u = heap.pop();
      settled[u] = true;
      if (u == sink) {
        break;
      }
      long base = dist[u] + potential[u];
      for (int a = firstArc[u], end = firstArc[u + 1]; a < end; a++) {
        if (capacity[a] > 0) {
          int v = to[a];
          if (!settled[v]) {
            long candidate = base + cost[a] - potential[v];
            if (candidate < dist[v]) {
              dist[v] = candidate;
              heap.pushOrDecrease(v, candidate);
            }
          }
        }
      }
    }
    heap.clear();
    if (dist[sink] >= INF) {
      return false;
    }
    // Unsettled nodes are at least as far as the sink: capping keeps every reduced cost non-negative.
    long reach = dist[sink];
    for (int v = 0; v < nodeCount; v++) {
      potential[v] += Math.min(dist[v], reach);
    }
    return true;
  }

  private boolean admissible(int arc, int from, long[] potential) {
    return capacity[arc] > 0 && cost[arc] + potential[from] - potential[to[arc]] == 0;
  }

  /** BFS levels over arcs of zero reduced cost; false when the sink is not reachable over them. */
  private boolean levels(int source, int sink, long[] potential, int[] level, int[] queue) {
    Arrays.fill(level, -1);
    level[source] = 0;
    queue[0] = source;
    int tail = 1;
    for (int index = 0; index < tail && level[sink] < 0; index++) {
      int u = queue[index];
      for (int a = firstArc[u], end = firstArc[u + 1]; a < end; a++) {
        int v = to[a];
        if (level[v] < 0 && admissible(a, u, potential)) {
          level[v] = level[u] + 1;
          queue[tail++] = v;
        }
      }
    }
    return level[sink] >= 0;
  }

  /**
   * Dinic's blocking flow on the level graph of zero-reduced-cost arcs; returns the flow sent.
   * Levels forbid going back, so zero-cost cycles cannot trap the search.
   */
  private long blockingFlow(int source, int sink, long[] potential, int[] level, int[] currentArc, int[] pathArcs) {
    System.arraycopy(firstArc, 0, currentArc, 0, nodeCount);
    long sent = 0;
    int depth = 0;
    int u = source;
    while (true) {
      if (u == sink) {
        int bottleneck = Integer.MAX_VALUE;
        for (int i = 0; i < depth; i++) {
          bottleneck = Math.min(bottleneck, capacity[pathArcs[i]]);
        }
        for (int i = 0; i < depth; i++) {
          capacity[pathArcs[i]] -= bottleneck;
          capacity[reverse[pathArcs[i]]] += bottleneck;
        }
        sent += bottleneck;
        depth = 0;
        u = source;
        continue;
      }
      int a = currentArc[u];
      int end = firstArc[u + 1];
      while (a < end && !(level[to[a]] == level[u] + 1 && admissible(a, u, potential))) {
        a++;
      }
      currentArc[u] = a;
      if (a < end) {
        pathArcs[depth++] = a;
        u = to[a];
      } else if (u == source) {
        return sent;
      } else {
        level[u] = -1;
        u = to[reverse[pathArcs[--depth]]];
        currentArc[u]++;
      }
    }
  }

  /** Binary min-heap of node indexes keyed by distance, with decrease-key; ties by lower node index. */
  private static final class IndexedHeap {
    private final int[] nodes;
    private final int[] position;
    private final long[] key;
    private int size;

    IndexedHeap(int capacity) {
      nodes = new int[capacity];
      position = new int[capacity];
      key = new long[capacity];
      Arrays.fill(position, -1);
    }

    boolean isEmpty() {
      return size == 0;
    }

    void push(int node, long value) {
      pushOrDecrease(node, value);
    }

    void pushOrDecrease(int node, long value) {
      key[node] = value;
      if (position[node] < 0) {
        nodes[size] = node;
        position[node] = size;
        size++;
      }
      siftUp(position[node]);
    }

    int pop() {
      int top = nodes[0];
      position[top] = -1;
      size--;
      if (size > 0) {
        nodes[0] = nodes[size];
        position[nodes[0]] = 0;
        siftDown(0);
      }
      return top;
    }

    void clear() {
      for (int i = 0; i < size; i++) {
        position[nodes[i]] = -1;
      }
      size = 0;
    }

    private boolean less(int a, int b) {
      return key[a] < key[b] || (key[a] == key[b] && a < b);
    }

    private void siftUp(int index) {
      int node = nodes[index];
      while (index > 0) {
        int parent = (index - 1) >>> 1;
        if (!less(node, nodes[parent])) {
          break;
        }
        nodes[index] = nodes[parent];
        position[nodes[index]] = index;
        index = parent;
      }
      nodes[index] = node;
      position[node] = index;
    }

    private void siftDown(int index) {
      int node = nodes[index];
      while (true) {
        int child = 2 * index + 1;
        if (child >= size) {
          break;
        }
        if (child + 1 < size && less(nodes[child + 1], nodes[child])) {
          child++;
        }
        if (!less(nodes[child], node)) {
          break;
        }
        nodes[index] = nodes[child];
        position[nodes[index]] = index;
        index = child;
      }
      nodes[index] = node;
      position[node] = index;
    }
  }
}
