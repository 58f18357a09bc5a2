#include "tty/terminal.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <csignal>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

extern char** environ;

namespace backstride::cli {
namespace {

volatile std::sig_atomic_t g_interrupted = 0;
termios g_saved_terminal{};
std::vector<pid_t> g_speakers;

extern "C" void note_interrupt(int /*signal*/) {
  g_interrupted = 1;
}

constexpr std::array k_caught_signals = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP};
std::array<struct sigaction, k_caught_signals.size()> g_previous_actions{};
volatile std::sig_atomic_t g_keys_active = 0;  // the terminal is in single-key mode
volatile std::sig_atomic_t g_screen = 0;       // the live screen is up (cursor hidden)
volatile std::sig_atomic_t g_resumed = 0;      // continued after Ctrl-Z: redraw everything
termios g_key_terminal{};

void write_text(const char* text, std::size_t length) {
  [[maybe_unused]] ssize_t ignored = ::write(STDOUT_FILENO, text, length);
}

// Ctrl-Z: leave the screen (cursor shown, terminal settings back), stop; once continued
// (fg), enter it again (single-key mode, cursor hidden, screen cleared for a redraw).
// Only async-signal-safe calls.
extern "C" void suspend(int /*signal*/) {
  int saved_errno = errno;
  if (g_keys_active != 0) {
    ::tcsetattr(STDIN_FILENO, TCSANOW, &g_saved_terminal);
  }
  if (g_screen != 0) {
    write_text("\x1b[?25h\n", 7);
  }
  struct sigaction stop {};
  stop.sa_handler = SIG_DFL;
  sigemptyset(&stop.sa_mask);
  struct sigaction mine {};
  ::sigaction(SIGTSTP, &stop, &mine);
  sigset_t tstp;
  sigemptyset(&tstp);
  sigaddset(&tstp, SIGTSTP);
  ::sigprocmask(SIG_UNBLOCK, &tstp, nullptr);
  ::raise(SIGTSTP);  // stopped here until SIGCONT
  ::sigaction(SIGTSTP, &mine, nullptr);
  if (g_keys_active != 0) {
    ::tcsetattr(STDIN_FILENO, TCSANOW, &g_key_terminal);
  }
  if (g_screen != 0) {
    write_text("\x1b[2J\x1b[?25l", 10);
  }
  g_resumed = 1;
  errno = saved_errno;
}

void reap_speakers(int options) {
  std::erase_if(g_speakers, [options](pid_t pid) {
    int status = 0;
    return ::waitpid(pid, &status, options) != 0;
  });
}

}  // namespace

KeyReader::KeyReader(bool terminal, bool screen) {
  g_interrupted = 0;
  g_resumed = 0;
  g_screen = screen ? 1 : 0;
  struct sigaction action {};
  action.sa_handler = note_interrupt;
  sigemptyset(&action.sa_mask);
  for (std::size_t i = 0; i < k_caught_signals.size(); ++i) {
    action.sa_handler = k_caught_signals[i] == SIGTSTP ? suspend : note_interrupt;
    ::sigaction(k_caught_signals[i], &action, &g_previous_actions[i]);
  }
  if (!terminal || ::tcgetattr(STDIN_FILENO, &g_saved_terminal) != 0) {
    return;
  }
  g_key_terminal = g_saved_terminal;
  g_key_terminal.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO);
  g_key_terminal.c_cc[VMIN] = 0;
  g_key_terminal.c_cc[VTIME] = 0;
  m_active = ::tcsetattr(STDIN_FILENO, TCSANOW, &g_key_terminal) == 0;
  g_keys_active = m_active ? 1 : 0;
}

KeyReader::~KeyReader() {
  g_keys_active = 0;
  g_screen = 0;
  if (m_active) {
    ::tcsetattr(STDIN_FILENO, TCSANOW, &g_saved_terminal);
  }
  for (std::size_t i = 0; i < k_caught_signals.size(); ++i) {
    ::sigaction(k_caught_signals[i], &g_previous_actions[i], nullptr);
  }
}

std::optional<char> KeyReader::key(int timeout_ms) {
  if (!m_active) {
    ::poll(nullptr, 0, timeout_ms);
    return std::nullopt;
  }
  pollfd input{STDIN_FILENO, POLLIN, 0};
  char key = 0;
  if (::poll(&input, 1, timeout_ms) == 1 && ::read(STDIN_FILENO, &key, 1) == 1) {
    return key;
  }
  return std::nullopt;
}

bool KeyReader::interrupted() {
  return g_interrupted != 0;
}

bool KeyReader::resumed() {
  return g_resumed != 0 && (g_resumed = 0, true);
}

std::size_t output_width(Io& io, bool to_stderr) {
  constexpr std::size_t k_unknown = 80;
  if (auto columns = io.getenv("COLUMNS")) {
    try {
      int value = std::stoi(*columns);
      if (value >= 20 && value <= 1000) {
        return static_cast<std::size_t>(value) - 1;
      }
    } catch (const std::exception&) {
      // Not a number: fall through to the terminal's own size.
    }
  }
  winsize size{};
  int fd = to_stderr ? STDERR_FILENO : STDOUT_FILENO;
  bool terminal = to_stderr ? io.err_is_terminal : io.out_is_terminal;
  if (terminal && ::ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col >= 20) {
    return static_cast<std::size_t>(size.ws_col) - 1;
  }
  return k_unknown - 1;
}

bool locale_is_utf8(Io& io) {
  for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    auto value = io.getenv(name);
    if (!value || value->empty()) {
      continue;
    }
    std::string lower = *value;
    std::ranges::transform(lower, lower.begin(), [](unsigned char c) { return std::tolower(c); });
    return lower.find("utf-8") != std::string::npos || lower.find("utf8") != std::string::npos;
  }
  return false;
}

bool speak(const std::string& text) {
  reap_speakers(WNOHANG);
  posix_spawn_file_actions_t files;
  posix_spawn_file_actions_init(&files);
  for (int fd : {STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO}) {
    posix_spawn_file_actions_addopen(&files, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0);
  }
  std::string program = "espeak-ng";
  std::vector<char*> argv{program.data(), const_cast<char*>(text.c_str()), nullptr};
  pid_t pid = 0;
  int failed = ::posix_spawnp(&pid, program.c_str(), &files, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&files);
  if (failed != 0) {
    return false;
  }
  g_speakers.push_back(pid);
  return true;
}

void wait_for_speakers() {
  reap_speakers(0);
}

}  // namespace backstride::cli
