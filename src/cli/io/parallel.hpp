#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace backstride::cli {

// Runs work(i) for i in [0, count) on `jobs` threads (this one included), each taking
// the next index as it becomes free; indices are taken in increasing order.
template <class Work>
void parallel_for(std::size_t count, unsigned jobs, const Work& work) {
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < count; i = next++) {
      work(i);
    }
  };
  std::vector<std::jthread> threads;
  for (unsigned t = 1; t < std::min<std::size_t>(jobs, count); ++t) {
    threads.emplace_back(worker);
  }
  worker();
}

}  // namespace backstride::cli
