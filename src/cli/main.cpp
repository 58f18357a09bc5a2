#include "backstride/cli/app.hpp"

int main(int argc, char** argv) {
  return backstride::cli::main_entry(argc, argv);
}
