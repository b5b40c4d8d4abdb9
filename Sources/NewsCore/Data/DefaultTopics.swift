// The default topic taxonomy. `newsd topics show` prints it; copy it, edit it, and name your
// file in the configuration (`topics_file`): your topics are added, or replace these by id.
//
// Each topic: id, name, parent (a child implies its parent), iptc (the IPTC Media Topic code),
// threshold (the length-normalised score at which it fires), terms (word, "a phrase" or prefix*:
// weight; words are stemmed, so "election" also finds "elections"), and optionally required
// (one must be present) and excluded (none may be).
extension Taxonomy {
    public static let defaultYAML = #"""
topics:
  - id: arts-culture
    name: Arts, culture, entertainment and media
    iptc: "medtop:01000000"
    threshold: 6
    terms:
      film: 3
      films: 3
      movie: 3
      cinema: 3
      actor: 3
      actress: 3
      oscar: 3
      oscars: 3
      "academy award": 3
      bafta: 3
      "box office": 3
      director: 1
      album: 3
      single: 1
      singer: 3
      band: 2
      music: 3
      musical: 3
      song: 3
      songs: 3
      chart: 2
      charts: 2
      concert: 3
      tour: 1
      festival: 2
      theatre: 3
      theater: 3
      stage: 1
      play: 0.5
      show: 1
      comedy: 3
      drama: 2
      series: 1
      sitcom: 3
      soap: 2
      episode: 2
      television: 1.5
      tv: 1.5
      channel: 1
      viewers: 2
      audience: 2
      award: 2
      awards: 2
      nomination: 2
      nominated: 2
      ceremony: 1
      star: 2
      stars: 2
      celebrity: 3
      hollywood: 3
      bollywood: 3
      artist: 2
      art: 2
      exhibition: 3
      museum: 3
      gallery: 3
      painting: 3
      novel: 3
      book: 1.5
      author: 2
      literature: 3
      poet: 3
      poetry: 3
      fiction: 2
      "record label": 3
      rock: 2
      pop: 2
      rapper: 3
      hip-hop: 3
      dance: 1.5
      ballet: 3
      opera: 3
      orchestra: 3
      composer: 3
      grammy: 3
      brit: 2
      "brit awards": 3
      eurovision: 3
      culture: 1.5
      cultural: 1.5
      heritage: 1
      screenplay: 3
      studio: 1
      studios: 1
      dvd: 2
      sequel: 3
      documentary: 2
      entertainment: 2
      comedian: 3
      musician: 3
      guitarist: 3
      hit: 1
      fans: 1
      script: 1
      role: 1
      starring: 3
      starred: 3
      cast: 2
      producer: 2
      publisher: 1
      "west end": 3
      broadway: 3
      photographer: 2
      newspaper: 1
      journalism: 1.5
      broadcaster: 1.5
      media: 1
      "press freedom": 2

  - id: crime-law-justice
    name: Crime, law and justice
    iptc: "medtop:02000000"
    threshold: 9
    terms:
      police: 2
      arrest: 2.5
      arrested: 2.5
      crime: 2.5
      criminal: 2
      murder: 3
      killed: 1
      court: 2
      trial: 2.5
      judge: 2
      jury: 3
      prosecutor: 2.5
      prosecution: 2
      convicted: 3
      sentenced: 3
      sentence: 1.5
      prison: 2.5
      jail: 2.5
      jailed: 3
      guilty: 2.5
      charged: 2
      charges: 1.5
      lawyer: 1.5
      lawsuit: 2
      fraud: 2
      theft: 2.5
      robbery: 3
      smuggling: 2.5
      trafficking: 2.5
      corruption: 2
      bribery: 2.5
      "supreme court": 2
      verdict: 3
      appeal: 1
      investigation: 1
      detained: 2
      suspect: 2.5
      suspects: 2.5
      victim: 1.5
      offence: 2
      offender: 2.5
      drugs: 1
      gang: 2.5
      "human rights": 1
      extradition: 3
      piracy: 2
      hacker: 1
      hackers: 1
      scam: 2
      "money laundering": 3

  - id: disaster-accident
    name: Disaster, accident and emergency incident
    iptc: "medtop:03000000"
    threshold: 7
    terms:
      earthquake: 3
      quake: 3
      tsunami: 3
      flood: 3
      floods: 3
      flooding: 3
      landslide: 3
      typhoon: 3
      hurricane: 3
      cyclone: 3
      wildfire: 3
      fire: 1.5
      blaze: 2.5
      explosion: 2
      crash: 2
      collision: 2
      derailed: 3
      accident: 2.5
      disaster: 2.5
      emergency: 1.5
      rescue: 2
      rescuers: 2.5
      "death toll": 3
      casualties: 1.5
      injured: 1.5
      survivors: 2
      evacuated: 2.5
      evacuation: 2
      eruption: 3
      volcano: 3
      capsized: 3
      sank: 2
      missing: 1
      relief: 1
      "aid agencies": 1

  - id: economy-business-finance
    name: Economy, business and finance
    iptc: "medtop:04000000"
    threshold: 6
    terms:
      economy: 2.5
      economic: 2
      economist: 2.5
      economists: 2.5
      growth: 2
      gdp: 3
      inflation: 3
      "interest rate": 3
      "interest rates": 3
      "central bank": 3
      bank: 1.5
      banks: 1.5
      banking: 2
      market: 1.5
      markets: 2
      shares: 2.5
      share: 1
      stock: 2
      stocks: 2.5
      "stock market": 3
      investor: 2.5
      investors: 2.5
      investment: 2
      profit: 3
      profits: 3
      loss: 1
      losses: 1.5
      revenue: 2.5
      revenues: 2.5
      sales: 2.5
      earnings: 2.5
      company: 1.5
      companies: 1.5
      firm: 1.5
      firms: 1.5
      business: 1.5
      businesses: 1.5
      ceo: 2
      "chief executive": 2
      chairman: 1
      shareholders: 3
      shareholder: 3
      dividend: 3
      merger: 3
      takeover: 3
      acquisition: 2.5
      deal: 1
      bid: 1.5
      "per cent": 0.5
      percent: 0.5
      dollar: 2
      euro: 1.5
      yen: 2
      yuan: 2
      currency: 2.5
      exports: 2
      imports: 2
      trade: 1
      deficit: 2
      debt: 2
      budget: 1
      tax: 1
      taxes: 1
      oil: 1.5
      prices: 2
      price: 1.5
      consumer: 2
      consumers: 2
      spending: 1.5
      retail: 2.5
      retailer: 3
      retailers: 3
      manufacturing: 2
      factory: 1.5
      industry: 1.5
      industrial: 1.5
      jobs: 1
      unemployment: 2
      recession: 3
      quarter: 2
      analysts: 2
      analyst: 2
      forecast: 1.5
      fiscal: 2
      "financial": 1.5
      finance: 1.5
      bankruptcy: 3
      insolvency: 3
      airline: 1.5
      brand: 1
      customers: 1.5
      production: 1
      output: 1.5
      "wall street": 3
      "dow jones": 3
      nasdaq: 3
      ftse: 3
      nikkei: 2
      imf: 2
      "world bank": 2
      "federal reserve": 3
      fed: 1.5
      pension: 1.5
      pensions: 1.5
      mortgage: 2.5
      housing: 1
      loans: 2
      lending: 2
      credit: 1.5
      bonds: 2
      equity: 2
      fund: 1
      funds: 1
      hedge: 1.5
      "annual report": 2
      turnover: 2.5
      subsidiary: 2.5
      supplier: 2
      supply: 1
      chain: 0.5
      contract: 1
      euros: 1.5
      dollars: 1.5
      sterling: 2.5
      pound: 1
      pounds: 1
      "bn": 1
      "m": 0.3
      cost: 1
      costs: 1
      "stock exchange": 3
      listing: 1.5
      ipo: 3
      privatisation: 2.5
      privatization: 2.5
      steel: 1.5
      car: 0.5
      carmaker: 3
      telecoms: 1.5
      boss: 1.5

  - id: education
    name: Education
    iptc: "medtop:05000000"
    threshold: 8.5
    terms:
      school: 2.5
      schools: 2.5
      pupils: 3
      pupil: 3
      students: 2.5
      student: 2.5
      teacher: 3
      teachers: 3
      university: 1.5
      universities: 2.5
      education: 3
      educational: 2.5
      exam: 3
      exams: 3
      curriculum: 3
      tuition: 3
      "tuition fees": 3
      classroom: 3
      college: 1.5
      graduates: 2
      degree: 1
      academic: 1.5
      literacy: 2.5
      headteacher: 3

  - id: environment
    name: Environment
    iptc: "medtop:06000000"
    threshold: 8
    terms:
      environment: 2.5
      environmental: 2.5
      "climate change": 3
      climate: 2
      "global warming": 3
      emissions: 3
      carbon: 2.5
      "greenhouse gas": 3
      pollution: 3
      polluted: 3
      biodiversity: 3
      wildlife: 2.5
      species: 2
      conservation: 2.5
      deforestation: 3
      forest: 1.5
      recycling: 3
      plastic: 1.5
      waste: 1.5
      "renewable energy": 2
      sustainable: 1.5
      endangered: 3
      habitat: 3
      drought: 2
      ecosystem: 3
      "kyoto protocol": 3

  - id: health
    name: Health
    iptc: "medtop:07000000"
    threshold: 8.5
    terms:
      health: 2
      hospital: 2
      hospitals: 2
      patients: 3
      patient: 3
      doctor: 2
      doctors: 2.5
      nurses: 3
      medical: 2
      medicine: 2.5
      disease: 3
      diseases: 3
      virus: 2
      infection: 3
      infections: 3
      cancer: 3
      treatment: 2
      drug: 1
      vaccine: 3
      vaccines: 3
      vaccination: 3
      pandemic: 3
      epidemic: 3
      outbreak: 2.5
      "nhs": 3
      surgery: 3
      clinical: 3
      obesity: 3
      diabetes: 3
      "mental health": 3
      illness: 3
      symptoms: 3
      healthcare: 3
      "health care": 3
      "world health organization": 3
      flu: 3
      covid: 3
      malaria: 3
      hiv: 3
      aids: 2
      smoking: 2
      diet: 1.5

  - id: human-interest
    name: Human interest
    iptc: "medtop:08000000"
    threshold: 8
    terms:
      celebrity: 1
      anniversary: 2
      birthday: 3
      wedding: 3
      animal: 2
      pet: 2.5
      dog: 2
      cat: 1.5
      zoo: 3
      "world record": 3
      oldest: 2
      centenarian: 3
      quirky: 3
      royal: 1.5
      princess: 1.5
      prince: 1

  - id: labour
    name: Labour
    iptc: "medtop:09000000"
    threshold: 8.5
    terms:
      workers: 2.5
      worker: 2
      strike: 2.5
      strikes: 2.5
      "trade union": 3
      unions: 2.5
      union: 1
      wages: 3
      wage: 3
      "minimum wage": 3
      employment: 2.5
      unemployment: 2
      jobless: 3
      employees: 2
      employers: 2.5
      pay: 1
      layoffs: 3
      "job cuts": 3
      redundancies: 3
      labour: 1.5
      labor: 1.5
      workforce: 2.5
      pension: 1
      retirement: 2
      "working hours": 3
      staff: 1

  - id: lifestyle-leisure
    name: Lifestyle and leisure
    iptc: "medtop:10000000"
    threshold: 9
    terms:
      fashion: 3
      food: 1.5
      restaurant: 3
      recipe: 3
      chef: 3
      travel: 2
      tourism: 2.5
      tourists: 2.5
      holiday: 2
      holidays: 2
      hotel: 2
      shopping: 2
      leisure: 3
      hobby: 3
      garden: 2.5
      wine: 2.5
      beer: 2
      christmas: 1.5
      lifestyle: 3
      gaming: 1
      dating: 3
      beauty: 2

  - id: politics
    name: Politics
    iptc: "medtop:11000000"
    threshold: 6
    terms:
      government: 1.5
      minister: 2
      ministers: 2.5
      "prime minister": 2.5
      president: 1.5
      parliament: 3
      parliamentary: 3
      mps: 3
      mp: 3
      lawmakers: 3
      senate: 2.5
      senator: 2.5
      congress: 2
      politics: 3
      political: 2.5
      politician: 3
      politicians: 3
      party: 2
      parties: 2
      election: 3
      elections: 3
      vote: 2
      votes: 2
      voters: 3
      voting: 2.5
      campaign: 1.5
      opposition: 2.5
      labour: 2
      tory: 3
      tories: 3
      conservative: 2.5
      conservatives: 3
      "liberal democrats": 3
      "lib dems": 3
      "lib dem": 3
      democrat: 2.5
      democrats: 2.5
      republican: 2.5
      republicans: 2.5
      policy: 1.5
      policies: 2
      bill: 1.5
      legislation: 2.5
      law: 1
      laws: 1
      reform: 1.5
      cabinet: 2.5
      chancellor: 2
      "home secretary": 3
      "foreign secretary": 3
      secretary: 1
      spokesman: 0.5
      leader: 1.5
      leadership: 1.5
      "downing street": 3
      whitehall: 2.5
      "house of commons": 3
      commons: 3
      "house of lords": 3
      lords: 2
      peers: 2.5
      manifesto: 3
      referendum: 3
      constitution: 2.5
      constitutional: 2.5
      democracy: 2
      democratic: 1.5
      coalition: 2
      "general election": 3
      ballot: 2.5
      poll: 1.5
      polls: 2
      governor: 1.5
      mayor: 1.5
      council: 1
      councillors: 2.5
      "blair": 2.5
      "brown": 0.5
      "howard": 1
      kennedy: 1
      "white house": 2
      kremlin: 1.5
      regime: 1.5
      "state department": 1
      diplomat: 1
      sovereignty: 1
      asylum: 2
      immigration: 2.5
      immigrants: 2
      "civil servants": 2.5
      "civil service": 2.5
      ministry: 1
      "home office": 3
      "id cards": 3
      "identity cards": 3
      tax: 0.5
      "public services": 2
      "public spending": 2
      whip: 2

  - id: religion
    name: Religion
    iptc: "medtop:12000000"
    threshold: 8
    terms:
      religion: 3
      religious: 3
      church: 3
      churches: 3
      mosque: 3
      temple: 2.5
      pope: 3
      vatican: 3
      bishop: 3
      archbishop: 3
      priest: 3
      muslim: 2
      muslims: 2
      christian: 2
      christians: 2.5
      islam: 3
      islamic: 1
      buddhist: 3
      hindu: 2.5
      jewish: 2
      faith: 2.5
      god: 2
      prayer: 3
      worship: 3
      ramadan: 3
      easter: 2
      clergy: 3
      "dalai lama": 3

  - id: science-technology
    name: Science and technology
    iptc: "medtop:13000000"
    threshold: 6
    terms:
      technology: 2.5
      technologies: 2.5
      tech: 2.5
      computer: 3
      computers: 3
      software: 3
      hardware: 3
      internet: 2.5
      online: 1.5
      web: 2.5
      website: 2
      websites: 2.5
      digital: 2.5
      broadband: 3
      mobile: 2
      "mobile phone": 3
      "mobile phones": 3
      phone: 1.5
      phones: 2
      handset: 3
      handsets: 3
      smartphone: 3
      gadget: 3
      gadgets: 3
      device: 2.5
      devices: 2.5
      users: 2.5
      user: 2
      microsoft: 3
      google: 3
      apple: 2
      ipod: 3
      ibm: 3
      intel: 3
      sony: 1.5
      nintendo: 3
      xbox: 3
      playstation: 3
      "video game": 3
      "video games": 3
      games: 1
      gaming: 2.5
      gamers: 3
      console: 3
      consoles: 3
      chip: 2.5
      chips: 2
      semiconductor: 3
      processor: 3
      data: 2
      network: 2
      networks: 2
      wireless: 3
      wi-fi: 3
      search: 1.5
      "search engine": 3
      email: 2
      e-mail: 2
      spam: 3
      virus: 1
      viruses: 2
      hacker: 2
      hackers: 2
      security: 0.5
      program: 1.5
      programs: 1.5
      programme: 0.5
      download: 3
      downloads: 3
      downloading: 3
      "file-sharing": 3
      "file sharing": 3
      peer-to-peer: 3
      p2p: 3
      blog: 3
      blogs: 3
      bloggers: 3
      pc: 3
      pcs: 3
      laptop: 3
      screen: 1.5
      camera: 1.5
      cameras: 1.5
      innovation: 1.5
      research: 1.5
      researchers: 2
      scientist: 3
      scientists: 3
      science: 3
      scientific: 3
      space: 1.5
      nasa: 3
      satellite: 2.5
      robot: 3
      robots: 3
      "artificial intelligence": 3
      ai: 2.5
      "machine learning": 3
      digital tv: 2
      "high-definition": 3
      hd: 1.5
      tv: 0.5
      technical: 1.5
      electronics: 2.5
      electronic: 2
      "open source": 3
      linux: 3
      windows: 2
      browser: 3
      firefox: 3
      virtual: 2
      "net": 1.5
      telecoms: 1
      operator: 0.5
      "3g": 3
      voip: 3
      broadcast: 0.5
      players: 0.3
      player: 0.3
      music: 0.3
      engineers: 2
      engineering: 2
      patent: 2.5
      patents: 2.5
      biotechnology: 3
      dna: 3
      physics: 3
      astronomers: 3
      cyber*: 2

  - id: society
    name: Society
    iptc: "medtop:14000000"
    threshold: 8
    terms:
      society: 1.5
      social: 1
      poverty: 3
      homeless: 3
      homelessness: 3
      welfare: 2.5
      inequality: 3
      discrimination: 3
      racism: 3
      gender: 2
      women: 1
      children: 1
      family: 1
      families: 1.5
      community: 1.5
      communities: 1.5
      migrants: 2
      refugees: 2
      demographic: 2.5
      population: 1.5
      "same-sex": 3
      equality: 2.5
      charity: 2.5
      volunteers: 2

  - id: sport
    name: Sport
    iptc: "medtop:15000000"
    threshold: 6
    terms:
      sport: 2.5
      sports: 2.5
      football: 3
      soccer: 3
      rugby: 3
      cricket: 3
      tennis: 3
      golf: 3
      athletics: 3
      athlete: 3
      athletes: 3
      olympic: 3
      olympics: 3
      "world cup": 3
      championship: 3
      championships: 3
      champion: 3
      champions: 3
      tournament: 3
      league: 3
      cup: 2
      match: 2.5
      matches: 2.5
      game: 1
      team: 2
      teams: 2
      squad: 3
      coach: 3
      manager: 1.5
      player: 2
      players: 2
      striker: 3
      midfielder: 3
      defender: 3
      goalkeeper: 3
      goal: 2.5
      goals: 2.5
      scored: 3
      score: 1.5
      win: 1.5
      won: 1.5
      victory: 1.5
      defeat: 2
      draw: 2
      beat: 1.5
      final: 2
      semi-final: 3
      quarter-final: 3
      season: 2
      club: 2.5
      clubs: 2
      fans: 1
      stadium: 3
      race: 1.5
      marathon: 3
      medal: 3
      gold: 1
      sprinter: 3
      "world record": 2
      injury: 2.5
      injured: 1
      fitness: 2.5
      referee: 3
      penalty: 2.5
      premiership: 3
      "premier league": 3
      "six nations": 3
      wimbledon: 3
      "grand slam": 3
      seed: 2
      seeded: 3
      arsenal: 3
      chelsea: 3
      "manchester united": 3
      liverpool: 1.5
      "man utd": 3
      england: 1
      wales: 1
      ireland: 1
      scotland: 1
      captain: 2
      test: 0.5
      innings: 3
      wicket: 3
      wickets: 3
      boxing: 3
      boxer: 3
      "formula one": 3
      f1: 3
      grand prix: 3
      cycling: 3
      swimmer: 3
      swimming: 2.5
      baseball: 3
      basketball: 3
      nba: 3
      nfl: 3
      hockey: 3
      uefa: 3
      fifa: 3
      "champions league": 3
      transfer: 1.5
      signing: 1.5
      debut: 2.5
      "first half": 3
      "second half": 3
      minute: 1
      minutes: 1
      title: 1
      rankings: 2
      ranked: 2
      "world number": 3
      indoor: 2
      olympian: 3
      iaaf: 3
      doping: 3
      sprint: 2.5
      "grand national": 3
      jockey: 3
      racing: 2
      opener: 2
      "full-back": 3
      "fly-half": 3
      scrum: 3
      try: 0.5
      tries: 2
      lions: 1.5

  - id: conflict-war-peace
    name: Conflict, war and peace
    iptc: "medtop:16000000"
    threshold: 7
    terms:
      war: 2.5
      wars: 2.5
      warfare: 3
      conflict: 2
      military: 2
      troops: 3
      soldiers: 3
      soldier: 3
      army: 2
      armed: 1.5
      "armed forces": 3
      attack: 1.5
      attacks: 1.5
      airstrike: 3
      airstrikes: 3
      bombing: 3
      missile: 2
      missiles: 2
      rebels: 3
      insurgents: 3
      militants: 3
      militia: 3
      ceasefire: 3
      "peace talks": 3
      peace: 1.5
      invasion: 3
      occupation: 2
      combat: 3
      battle: 2
      weapons: 2
      killed: 1
      casualties: 1.5
      civilians: 2
      clashes: 2.5
      fighting: 2
      offensive: 2
      shelling: 3
      drone: 2
      drones: 2
      hostages: 2.5
      coup: 3
      "peacekeepers": 3
      genocide: 3
      iraq: 1
      afghanistan: 1

  - id: weather
    name: Weather
    iptc: "medtop:17000000"
    threshold: 7
    terms:
      weather: 3
      forecast: 1
      forecasters: 3
      rain: 2.5
      rainfall: 3
      snow: 3
      storm: 2.5
      storms: 2.5
      temperatures: 3
      temperature: 2
      heatwave: 3
      "heat wave": 3
      "cold snap": 3
      wind: 1.5
      winds: 2
      meteorological: 3
      "met office": 3
      typhoon: 1.5
      monsoon: 3
      frost: 3
      fog: 3
      sunny: 3
      celsius: 2

  - id: diplomacy
    name: Diplomacy
    parent: politics
    threshold: 7
    terms:
      diplomacy: 3
      diplomatic: 3
      diplomat: 2.5
      diplomats: 3
      ambassador: 3
      embassy: 3
      envoy: 3
      "foreign minister": 3
      "foreign ministry": 3
      "foreign affairs": 3
      "secretary of state": 3
      summit: 3
      talks: 2
      bilateral: 3
      multilateral: 3
      counterpart: 3
      "state visit": 3
      "official visit": 3
      visit: 1
      treaty: 2.5
      agreement: 1.5
      agreed: 1
      accord: 2
      "joint statement": 3
      "strategic partnership": 3
      "comprehensive strategic partnership": 3
      partnership: 1.5
      relations: 2
      ties: 2
      cooperation: 2
      alliance: 2
      allies: 2
      "united nations": 1.5
      asean: 2
      g7: 2
      g20: 2
      apec: 2
      "ngoại giao": 3
      外交: 3
      首脳会談: 3

  - id: defense
    name: Defence and the military
    parent: conflict-war-peace
    threshold: 7
    terms:
      defense: 3
      defence: 3
      "defense minister": 3
      "defence minister": 3
      "defense ministry": 3
      "defence ministry": 3
      military: 2.5
      armed: 1
      "armed forces": 3
      army: 2
      navy: 3
      naval: 3
      "air force": 3
      warship: 3
      warships: 3
      destroyer: 3
      frigate: 3
      submarine: 3
      submarines: 3
      "aircraft carrier": 3
      fighter: 1.5
      "fighter jets": 3
      jets: 1.5
      troops: 2
      soldiers: 1.5
      "self-defense forces": 3
      "self-defence forces": 3
      pentagon: 3
      nato: 2
      "security cooperation": 3
      "defense cooperation": 3
      "defence cooperation": 3
      "defense spending": 3
      "defence spending": 3
      "defense budget": 3
      "defence budget": 3
      deterrence: 3
      "security treaty": 3
      "security alliance": 3
      "quốc phòng": 3
      防衛: 3
      国防: 3
      自衛隊: 3

  - id: arms-transfer
    name: Arms transfers and procurement
    parent: defense
    threshold: 7
    terms:
      "arms sale": 3
      "arms sales": 3
      "arms deal": 3
      "arms exports": 3
      "arms transfer": 3
      "weapons sale": 3
      "weapons sales": 3
      "military aid": 3
      "military equipment": 3
      "defense equipment": 3
      "defence equipment": 3
      procurement: 3
      "patrol vessels": 3
      "patrol boats": 3
      "radar systems": 2
      "fighter jets": 1.5
      supply: 1
      deliver: 1
      delivery: 1
      "official security assistance": 3
      "security assistance": 2
      "technology transfer": 2
      "equipment transfer": 3
      "defense industry": 3
      "defence industry": 3

  - id: military-exercise
    name: Military exercises
    parent: defense
    threshold: 6
    terms:
      "military exercise": 3
      "military exercises": 3
      "military drills": 3
      "joint exercise": 3
      "joint exercises": 3
      "joint drills": 3
      "naval exercise": 3
      "naval exercises": 3
      "naval drills": 3
      "live-fire": 3
      drills: 2.5
      drill: 2
      exercises: 1.5
      wargames: 3
      "war games": 3
      manoeuvres: 3
      maneuvers: 3
      "joint patrol": 3
      "joint patrols": 3
      "diễn tập": 3
      演習: 3
      演习: 3

  - id: maritime-security
    name: Maritime security
    parent: defense
    threshold: 7
    terms:
      "coast guard": 3
      maritime: 3
      navy: 1.5
      naval: 1.5
      vessel: 2
      vessels: 2
      ship: 1.5
      ships: 1.5
      "fishing boat": 3
      "fishing boats": 3
      fishermen: 2.5
      "water cannon": 3
      "freedom of navigation": 3
      "exclusive economic zone": 3
      eez: 3
      "territorial waters": 3
      patrol: 2
      patrols: 2
      "south china sea": 2
      "east china sea": 2
      strait: 1.5
      "sea lanes": 3
      piracy: 3
      pirates: 3
      reef: 2
      shoal: 2.5
      "maritime militia": 3
      collision: 1
      "cảnh sát biển": 3
      海警: 3
      海上保安庁: 3

  - id: territorial-dispute
    name: Territorial disputes
    parent: politics
    threshold: 7
    terms:
      "territorial dispute": 3
      "territorial disputes": 3
      "territorial claims": 3
      sovereignty: 3
      disputed: 3
      dispute: 1.5
      claims: 1.5
      claimants: 3
      "nine-dash line": 3
      "ten-dash line": 3
      "arbitral tribunal": 3
      "arbitration ruling": 3
      annexation: 3
      annexed: 3
      "territorial integrity": 2.5
      senkaku: 2
      senkakus: 2
      diaoyu: 2
      spratly: 2
      spratlys: 2
      paracel: 2
      paracels: 2
      "scarborough shoal": 2
      "second thomas shoal": 2
      "kuril islands": 2
      "northern territories": 2
      takeshima: 2
      dokdo: 2
      kashmir: 1.5
      "chủ quyền": 3
      "tranh chấp": 3
      領有権: 3
      主权: 3

  - id: missile-nuclear
    name: Missiles and nuclear weapons
    parent: defense
    threshold: 7
    terms:
      missile: 3
      missiles: 3
      "ballistic missile": 3
      "ballistic missiles": 3
      icbm: 3
      "cruise missile": 3
      hypersonic: 3
      "nuclear weapons": 3
      "nuclear weapon": 3
      "nuclear test": 3
      "nuclear programme": 3
      "nuclear program": 3
      warhead: 3
      warheads: 3
      enrichment: 2.5
      uranium: 2.5
      plutonium: 3
      denuclearization: 3
      denuclearisation: 3
      "non-proliferation": 3
      nonproliferation: 3
      iaea: 2
      launch: 1
      launched: 1
      "missile defense": 3
      "missile defence": 3
      thaad: 3
      "tên lửa": 3
      ミサイル: 3
      导弹: 3
      핵: 2

  - id: cybersecurity
    name: Cybersecurity
    parent: science-technology
    threshold: 6
    terms:
      cyberattack: 3
      cyberattacks: 3
      "cyber attack": 3
      "cyber attacks": 3
      "cyber-attack": 3
      "cyber-attacks": 3
      cybersecurity: 3
      "cyber security": 3
      cyber-security: 3
      cybercrime: 3
      cyber*: 2
      hacker: 3
      hackers: 3
      hacking: 3
      hacked: 3
      ransomware: 3
      malware: 3
      phishing: 3
      "data breach": 3
      breach: 1.5
      "denial of service": 3
      ddos: 3
      "zero-day": 3
      vulnerability: 2.5
      vulnerabilities: 2.5
      espionage: 2
      apt: 1.5
      "state-sponsored": 2
      spyware: 3
      botnet: 3
      "tấn công mạng": 3
      サイバー攻撃: 3
      网络攻击: 3
      해킹: 3

  - id: terrorism
    name: Terrorism
    parent: conflict-war-peace
    threshold: 7
    terms:
      terrorism: 3
      terrorist: 3
      terrorists: 3
      terror: 2.5
      "suicide bomber": 3
      "suicide bombing": 3
      bombing: 2
      extremist: 2.5
      extremists: 2.5
      jihadist: 3
      jihadists: 3
      "islamic state": 3
      isis: 3
      "al-qaeda": 3
      "al qaeda": 3
      radicalisation: 3
      radicalization: 3
      "counter-terrorism": 3
      counterterrorism: 3
      hostage: 2
      "terror attack": 3
      "terror suspects": 3

  - id: trade
    name: Trade
    parent: economy-business-finance
    threshold: 7
    terms:
      trade: 2.5
      "trade deal": 3
      "trade agreement": 3
      "free trade": 3
      "trade war": 3
      "trade talks": 3
      "trade deficit": 3
      "trade surplus": 3
      tariff: 3
      tariffs: 3
      exports: 2.5
      imports: 2.5
      exporter: 2.5
      importer: 2.5
      "export controls": 3
      wto: 3
      "world trade organization": 3
      rcep: 3
      cptpp: 3
      "supply chain": 2
      "supply chains": 2
      customs: 2
      quota: 2
      quotas: 2
      dumping: 2.5
      "thương mại": 3
      貿易: 3
      贸易: 3

  - id: energy
    name: Energy
    parent: economy-business-finance
    threshold: 7
    terms:
      energy: 3
      oil: 2.5
      gas: 2
      "natural gas": 3
      lng: 3
      crude: 3
      opec: 3
      petroleum: 3
      pipeline: 2.5
      electricity: 3
      power: 1
      "power plant": 3
      "power station": 3
      "nuclear power": 3
      reactor: 2
      coal: 2.5
      solar: 3
      wind: 1
      "wind farm": 3
      renewable: 3
      renewables: 3
      hydropower: 3
      grid: 2
      fuel: 2.5
      "oil prices": 3
      barrel: 3
      barrels: 3
      refinery: 3
      "năng lượng": 3
      エネルギー: 3
      能源: 3

  - id: public-health
    name: Public health
    parent: health
    threshold: 7
    terms:
      "public health": 3
      pandemic: 3
      epidemic: 3
      outbreak: 3
      vaccination: 3
      vaccine: 2.5
      vaccines: 2.5
      immunisation: 3
      immunization: 3
      quarantine: 3
      "infectious disease": 3
      infections: 2
      cases: 1
      "health authorities": 3
      "health officials": 3
      "world health organization": 3
      who: 0.5
      covid-19: 3
      covid: 3
      coronavirus: 3
      influenza: 3
      "bird flu": 3
      dengue: 3
      cholera: 3
      measles: 3
      "mpox": 3
      surveillance: 1
      sanitation: 2.5
      obesity: 2
      smoking: 2
      "ban on smoking": 3

  - id: elections
    name: Elections
    parent: politics
    threshold: 6
    terms:
      election: 3
      elections: 3
      electoral: 3
      vote: 2
      voters: 3
      voting: 3
      ballot: 3
      ballots: 3
      polls: 2
      "polling stations": 3
      turnout: 3
      candidate: 2.5
      candidates: 2.5
      campaign: 1.5
      campaigning: 2.5
      "general election": 3
      "presidential election": 3
      referendum: 3
      constituency: 3
      seats: 2
      "election commission": 3
      "bầu cử": 3
      選挙: 3
      选举: 3

  - id: sanctions
    name: Sanctions
    parent: diplomacy
    threshold: 6
    terms:
      sanctions: 3
      sanction: 3
      sanctioned: 3
      embargo: 3
      "export controls": 2.5
      "asset freeze": 3
      "assets frozen": 3
      blacklist: 2.5
      blacklisted: 2.5
      "entity list": 3
      "trade restrictions": 2.5
      "travel ban": 2.5
      "trừng phạt": 3
      制裁: 3
"""#
}
